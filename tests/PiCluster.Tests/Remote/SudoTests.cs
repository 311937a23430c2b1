using PiCluster.Remote;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Remote;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SudoTests
{
    [Fact]
    public void Without_a_password_sudo_never_prompts()
    {
        Assert.Equal("sudo -n -- sh -c 'exec 3<&0; trap '\\''trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 143'\\'' TERM; { snap list\n} <&3 3<&- & wait $!'",
            Sudo.WithoutPassword("snap list"));
    }

    [Fact]
    public void With_a_password_the_command_reads_nothing_or_its_staged_input_and_the_file_is_removed()
    {
        Assert.StartsWith("sudo -S -p '' -- sh -c 'exec </dev/null; exec 3<&0; trap ", Sudo.WithPassword("snap list", inputFile: null));
        Assert.EndsWith("{ snap list\n} <&3 3<&- & wait $!'", Sudo.WithPassword("snap list", inputFile: null));
        var staged = Sudo.WithPassword("cat > /etc/hosts", "/tmp/tmp.Ab12");
        Assert.StartsWith("sudo -S -p '' -- sh -c 'exec <\"$1\" || exit 1; shift; exec 3<&0; trap ", staged);
        Assert.EndsWith("{ cat > /etc/hosts\n} <&3 3<&- & wait $!' picluster /tmp/tmp.Ab12; s=$?; rm -f -- /tmp/tmp.Ab12; exit $s", staged);
    }

    // Stand-ins for sudo on PATH: one reads the password line as sudo -S does when it asks, one reads nothing as sudo
    // does with NOPASSWD or cached credentials. Both then run the command after `--`.
    [Theory]
    [InlineData("IFS= read -r password")]
    [InlineData(":")]
    public async Task The_staged_input_reaches_the_command_exactly_whether_or_not_sudo_reads_the_password(string passwordRead)
    {
        using var dir = new TempDir();
        var sudo = dir.Write("sudo", $"#!/bin/sh\n{passwordRead}\nwhile [ \"$1\" != -- ]; do shift; done; shift; exec \"$@\"\n");
        File.SetUnixFileMode(sudo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var shell = new LocalShell(dir.Path);
        const string content = "127.0.0.1 localhost\n127.77.0.1\tpi-01\n";

        var staged = await shell.RunAsync(Sudo.StageInput, content, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var mode = File.GetUnixFileMode(staged.StdOut);
        var run = await shell.RunAsync(Sudo.WithPassword("cat", staged.StdOut), "hunter2\n", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(staged.Succeeded, staged.StdErr);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.True(run.Succeeded, run.StdErr);
        Assert.Equal(content, run.StdOut);
        Assert.False(File.Exists(staged.StdOut));
    }

    [Theory]
    [InlineData("sudo: a password is required\n", RemoteFailure.SudoNeedsPassword)]
    [InlineData("Sorry, try again.\nsudo: no password was provided\nsudo: 1 incorrect password attempt\n", RemoteFailure.SudoWrongPassword)]
    [InlineData("cat: /nope: No such file or directory\n", null)]
    public void Sudo_refusals_are_told_apart_from_failing_commands(string stderr, RemoteFailure? expected) =>
        Assert.Equal(expected, Sudo.Refusal(new CommandResult(1, "", stderr)));
}
