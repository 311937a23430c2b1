namespace PiCluster.Remote;

/// <summary>One host as a run reaches it: commands as root over one connection, opened on first use and again after a reboot.
/// Reading (<see cref="QueryAsync"/>) and changing (<see cref="ChangeAsync"/>) are separate verbs so the run log tells them apart;
/// with a <see cref="Lock"/>, the first change on each connection takes the run lock (<see cref="RunLock"/>).</summary>
public sealed class RemoteHost(HostTarget target, IRemoteConnector connector, Action<string> log) : IAsyncDisposable
{
    static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    readonly SemaphoreSlim locking = new(1, 1);
    HostSession? session;
    HostSession? locked;

    public string Name => target.Name;

    public HostTarget Target => target;

    /// <summary>Set by a run that changes hosts; null for runs that only read.</summary>
    public RunLock? Lock { get; set; }

    public Task<CommandResult> QueryAsync(string command, TimeSpan timeout, CancellationToken ct) =>
        RunAsync(command, null, timeout, ct);

    public async Task<CommandResult> ChangeAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        await TakeLockAsync(ct);
        log($"change on {Name}: {command.Split('\n')[0]}");
        return await RunAsync(command, stdin, timeout, ct);
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

    async Task TakeLockAsync(CancellationToken ct)
    {
        if (Lock is not { } runLock) return;
        await locking.WaitAsync(ct);
        try
        {
            var current = await SessionAsync(ct);
            if (ReferenceEquals(locked, current)) return;
            var taken = await current.RunAsRootAsync(runLock.TakeCommand, LockTimeout, ct);
            if (taken.ExitCode == RunLock.HeldByAnother)
            {
                throw new RemoteException(RemoteFailure.Locked,
                    $"{Name} is being changed by another run ({taken.FirstErrorLine}): let it finish, then re-run; a run that died holds no lock");
            }

            if (!taken.Succeeded)
                throw new RemoteException(RemoteFailure.CommandFailed, $"{Name}: taking the run lock /run/lock/picluster.lock failed (exit {taken.ExitCode}): {taken.FirstErrorLine}");
            log($"{Name}: run lock taken");
            locked = current;
        }
        finally
        {
            locking.Release();
        }
    }

    /// <summary>Gives the run lock back (a lock whose connection is gone has ended already), then disconnects.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Lock is { } runLock && locked is not null && ReferenceEquals(locked, session))
        {
            try
            {
                await session.RunAsRootAsync(runLock.ReleaseCommand, LockTimeout, CancellationToken.None);
            }
            catch (RemoteException e)
            {
                log($"{Name}: giving back the run lock failed ({e.Message}); it ends with the connection");
            }
        }
        await DisconnectAsync();
        locking.Dispose();
    }
}
