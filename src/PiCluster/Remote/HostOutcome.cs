namespace PiCluster.Remote;

/// <summary>What happened on one host: a value, or the reason it failed, and how long it took.</summary>
public sealed record HostOutcome<T>(HostTarget Target, T? Value, RemoteFailure? Failure, string? Message, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;
}
