namespace PiCluster.Remote;

/// <summary>An open connection to one host, able to run commands as the login user or as root.</summary>
public sealed class HostSession(HostTarget target, IRemoteShell shell) : IAsyncDisposable
{
    public HostTarget Target => target;

    public static async Task<HostSession> OpenAsync(IRemoteConnector connector, HostTarget target, CancellationToken ct) =>
        new(target, await connector.ConnectAsync(target.Connection, ct));

    public Task<CommandResult> RunAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null) =>
        shell.RunAsync(command, stdin, timeout, ct);

    /// <summary>Runs through sudo; sudo refusing (password needed or wrong) is a host failure, not a command result.</summary>
    public async Task<CommandResult> RunAsRootAsync(string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        var (wrapped, input) = Sudo.Wrap(command, target.BecomePassword, stdin);
        var result = await shell.RunAsync(wrapped, input, timeout, ct);
        return Sudo.Refusal(result) switch
        {
            RemoteFailure.SudoNeedsPassword => throw new RemoteException(RemoteFailure.SudoNeedsPassword,
                $"sudo on {target.Name} asks for a password: run with --ask-become-pass (-K) or set ansible_become_password"),
            RemoteFailure.SudoWrongPassword => throw new RemoteException(RemoteFailure.SudoWrongPassword,
                $"sudo on {target.Name} refused the become password: check the password given to -K or ansible_become_password"),
            _ => result,
        };
    }

    public ValueTask DisposeAsync() => shell.DisposeAsync();
}
