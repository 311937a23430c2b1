namespace PiCluster.Remote;

/// <summary>One open connection to one host: the only way the tool runs anything on a machine.</summary>
public interface IRemoteShell : IAsyncDisposable
{
    /// <summary>Runs <paramref name="command"/> with `sh` semantics; <paramref name="stdin"/> is written and closed.
    /// A command still running after <paramref name="timeout"/> fails with <see cref="RemoteFailure.Timeout"/>.</summary>
    Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct);
}
