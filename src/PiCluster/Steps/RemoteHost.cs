using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>One host as steps reach it: commands as root over one connection, opened on first use and again after a reboot.
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

    /// <summary>A change that must succeed: a non-zero exit becomes a <see cref="StepException"/> naming <paramref name="what"/>.</summary>
    public async Task<CommandResult> RequireChangeAsync(string what, string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        var result = await ChangeAsync(command, timeout, ct, stdin);
        return result.Succeeded ? result : throw new StepException(Failed(what, result));
    }

    /// <summary>"install microk8s on pi-01 failed (exit 1): error: unable to contact snap store".</summary>
    public string Failed(string what, CommandResult result) =>
        $"{what} on {Name} failed (exit {result.ExitCode?.ToString() ?? "by signal"}): {FirstMessage(result)}";

    /// <summary>The first stderr line, else the last stdout line: MicroK8s prints most of its errors on stdout.</summary>
    public static string FirstMessage(CommandResult result) =>
        result.FirstErrorLine is { Length: > 0 } line ? line
        : result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

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
