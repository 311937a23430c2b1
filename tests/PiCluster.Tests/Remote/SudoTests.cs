using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class SudoTests
{
    [Fact]
    public void Without_a_password_sudo_never_prompts()
    {
        var (command, stdin) = Sudo.Wrap("snap list", becomePassword: null);

        Assert.Equal("sudo -n -- sh -c 'snap list'", command);
        Assert.Null(stdin);
    }

    [Fact]
    public void The_password_goes_to_stdin_and_never_into_the_command()
    {
        var (command, stdin) = Sudo.Wrap("cat > /etc/hosts", "s3cret 'pw'", stdin: "127.0.0.1 localhost\n");

        Assert.Equal("sudo -S -p '' -- sh -c 'cat > /etc/hosts'", command);
        Assert.DoesNotContain("s3cret", command);
        Assert.Equal("s3cret 'pw'\n127.0.0.1 localhost\n", stdin);
    }

    [Theory]
    [InlineData("sudo: a password is required\n", RemoteFailure.SudoNeedsPassword)]
    [InlineData("Sorry, try again.\nsudo: no password was provided\nsudo: 1 incorrect password attempt\n", RemoteFailure.SudoWrongPassword)]
    [InlineData("cat: /nope: No such file or directory\n", null)]
    public void Sudo_refusals_are_told_apart_from_failing_commands(string stderr, RemoteFailure? expected) =>
        Assert.Equal(expected, Sudo.Refusal(new CommandResult(1, "", stderr)));
}
