namespace PiCluster.Remote;

/// <summary>Opens connections; failures are <see cref="RemoteException"/>s that say why.</summary>
public interface IRemoteConnector
{
    Task<IRemoteShell> ConnectAsync(HostConnection host, CancellationToken ct);
}
