using PiCluster.Ansible;
using PiCluster.Remote;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Remote;

public sealed class HostSessionTests
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    static HostSession Session(IRemoteShell shell, string? becomePassword) => new(
        new HostTarget(new InventoryHost("pi-01", ["all"], new Dictionary<string, Variable>()),
            new HostConnection { Host = "pi-01", Address = "192.168.1.21", User = "ubuntu" }, becomePassword),
        shell);

    static FakeShell SudoAsksForAPassword() => new FakeShell()
        .On("sudo -n", FakeShell.Fails(1, "sudo: a password is required\n"))
        .On("mktemp", FakeShell.Ok("/tmp/tmp.Staged1"));

    [Fact]
    public async Task Where_sudo_asks_for_nothing_the_password_is_never_sent_and_the_input_is_the_commands()
    {
        var shell = new FakeShell();

        await Session(shell, "hunter2").RunAsRootAsync("cat > /etc/hosts", Timeout, TestContext.Current.CancellationToken, stdin: "127.0.0.1 localhost\n");

        Assert.Equal([(Sudo.WithoutPassword("cat > /etc/hosts"), "127.0.0.1 localhost\n")], shell.Received);
        Assert.Equal(["cat > /etc/hosts"], shell.AsRoot);
    }

    [Fact]
    public async Task Where_sudo_asks_the_input_is_staged_apart_and_sudo_reads_only_the_password()
    {
        var shell = SudoAsksForAPassword();
        var session = Session(shell, "hunter2");

        await session.RunAsRootAsync("cat > /etc/hosts", Timeout, TestContext.Current.CancellationToken, stdin: "127.0.0.1 localhost\n");
        await session.RunAsRootAsync("snap list", Timeout, TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            (Sudo.WithoutPassword("cat > /etc/hosts"), "127.0.0.1 localhost\n"),
            (Sudo.StageInput, "127.0.0.1 localhost\n"),
            (Sudo.WithPassword("cat > /etc/hosts", "/tmp/tmp.Staged1"), "hunter2\n"),
            (Sudo.WithPassword("snap list", null), "hunter2\n"),
        ], shell.Received);
        Assert.DoesNotContain(shell.Commands, command => command.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sudo_that_asks_without_a_password_given_is_a_host_failure_with_the_fix()
    {
        var shell = SudoAsksForAPassword();

        var failure = await Assert.ThrowsAsync<RemoteException>(() => Session(shell, becomePassword: null).RunAsRootAsync("snap list", Timeout, TestContext.Current.CancellationToken));

        Assert.Equal(RemoteFailure.SudoNeedsPassword, failure.Reason);
        Assert.Equal("sudo on pi-01 asks for a password: run with --ask-become-pass (-K) or set ansible_become_password", failure.Message);
        Assert.Single(shell.Received);
    }

    [Fact]
    public async Task A_wrong_password_is_a_host_failure_that_never_shows_it()
    {
        var shell = SudoAsksForAPassword().On("sudo -S", FakeShell.Fails(1, "Sorry, try again.\nsudo: 1 incorrect password attempt\n"));

        var failure = await Assert.ThrowsAsync<RemoteException>(() => Session(shell, "wrong-pw").RunAsRootAsync("snap list", Timeout, TestContext.Current.CancellationToken));

        Assert.Equal(RemoteFailure.SudoWrongPassword, failure.Reason);
        Assert.DoesNotContain("wrong-pw", failure.Message);
    }
}
