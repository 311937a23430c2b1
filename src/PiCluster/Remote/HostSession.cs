namespace PiCluster.Remote;

/// <summary>An open connection to one host, able to run commands as the login user or as root.</summary>
public sealed class HostSession(HostTarget target, IRemoteShell shell) : IAsyncDisposable
{
    static readonly TimeSpan StageTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Learnt from the first command that sudo refused without one; until then no password is sent.</summary>
    bool sudoAsksPassword;

    public HostTarget Target => target;

    public static async Task<HostSession> OpenAsync(IRemoteConnector connector, HostTarget target, CancellationToken ct) =>
        new(target, await connector.ConnectAsync(target.Connection, ct));

    public Task<CommandResult> RunAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null) =>
        shell.RunAsync(command, stdin, timeout, ct);

    /// <summary>Runs through sudo; sudo refusing (password needed or wrong) is a host failure, not a command result.
    /// The password is sent only to a host whose sudo asked for it; sudo refuses before running anything, so asking again is safe.</summary>
    public async Task<CommandResult> RunAsRootAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        if (!sudoAsksPassword)
        {
            var result = await shell.RunAsync(Sudo.WithoutPassword(command), stdin, timeout, ct);
            if (Sudo.Refusal(result) != RemoteFailure.SudoNeedsPassword || target.BecomePassword is null) return Checked(result);
            sudoAsksPassword = true;
        }
        var inputFile = stdin is null ? null : await StageAsync(stdin, ct);
        return Checked(await shell.RunAsync(Sudo.WithPassword(command, inputFile), target.BecomePassword + "\n", timeout, ct));
    }

    async Task<string> StageAsync(string stdin, CancellationToken ct)
    {
        var staged = await shell.RunAsync(Sudo.StageInput, stdin, StageTimeout, ct);
        return staged.Succeeded && staged.StdOut.Trim() is { Length: > 0 } path
            ? path
            : throw new RemoteException(RemoteFailure.CommandFailed,
                $"{target.Name}: could not write a temporary file for a command's input (exit {staged.ExitCode?.ToString() ?? "by signal"}): {staged.FirstErrorLine}; free space in /tmp and re-run");
    }

    CommandResult Checked(CommandResult result) => Sudo.Refusal(result) switch
    {
        RemoteFailure.SudoNeedsPassword => throw new RemoteException(RemoteFailure.SudoNeedsPassword,
            $"sudo on {target.Name} asks for a password: run with --ask-become-pass (-K) or set ansible_become_password"),
        RemoteFailure.SudoWrongPassword => throw new RemoteException(RemoteFailure.SudoWrongPassword,
            $"sudo on {target.Name} refused the become password: check the password given to -K or ansible_become_password"),
        _ => result,
    };

    public ValueTask DisposeAsync() => shell.DisposeAsync();
}
