namespace PiCluster.Remote;

/// <summary>A host-level failure the operator can act on: <see cref="Exception.Message"/> is one plain sentence with the fix.</summary>
public sealed class RemoteException(RemoteFailure reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public RemoteFailure Reason { get; } = reason;
}
