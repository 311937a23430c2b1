namespace PiCluster.Remote;

/// <summary>One host as a run reaches it: commands as root over one connection, opened on first use and again after a reboot.
/// Reading (<see cref="QueryAsync"/>) and changing (<see cref="ChangeAsync"/>) are separate verbs so the run log tells them apart.</summary>
public sealed class RemoteHost(HostTarget target, IRemoteConnector connector, Action<string> log) : IAsyncDisposable
{
    HostSession? session;

    public string Name => target.Name;

    public HostTarget Target => target;

    public Task<CommandResult> QueryAsync(string command, TimeSpan timeout, CancellationToken ct) =>
        RunAsync(command, null, timeout, ct);

    public Task<CommandResult> ChangeAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        log($"change on {Name}: {command.Split('\n')[0]}");
        return RunAsync(command, stdin, timeout, ct);
    }

    /// <summary>Forgets the connection, e.g. after a reboot dropped it; the next command connects again.</summary>
    public async Task DisconnectAsync()
    {
        if (session is not null) await session.DisposeAsync();
        session = null;
    }

    public async Task<HostSession> SessionAsync(CancellationToken ct) => session ??= await HostSession.OpenAsync(connector, target, ct);

    async Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct) =>
        await (await SessionAsync(ct)).RunAsRootAsync(command, timeout, ct, stdin);

    public ValueTask DisposeAsync() => new(DisconnectAsync());
}
