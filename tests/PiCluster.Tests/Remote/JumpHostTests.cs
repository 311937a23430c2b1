using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class JumpHostTests
{
    [Theory]
    [InlineData("bastion", "bastion", 22, null)]
    [InlineData("ubuntu@bastion.local", "bastion.local", 22, "ubuntu")]
    [InlineData("ubuntu@10.0.0.1:2222", "10.0.0.1", 2222, "ubuntu")]
    [InlineData("bastion:2200", "bastion", 2200, null)]
    [InlineData("pi@[fd00::1]:2222", "fd00::1", 2222, "pi")]
    [InlineData("[fd00::1]", "fd00::1", 22, null)]
    [InlineData("fd00::1", "fd00::1", 22, null)]
    [InlineData("ssh://admin@gw:23", "gw", 23, "admin")]
    [InlineData("  ubuntu@gw  ", "gw", 22, "ubuntu")]
    public void Reads_the_forms_ProxyJump_takes(string text, string address, int port, string? user)
    {
        Assert.Equal(new JumpHost(address, port, user), JumpHost.Parse(text));
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("@gw", "the user before '@' is empty")]
    [InlineData("ubuntu@", "the host is empty")]
    [InlineData("gw:abc", "'abc' is not a port number (1-65535)")]
    [InlineData("gw:70000", "'70000' is not a port number (1-65535)")]
    [InlineData("gw:", "'' is not a port number (1-65535)")]
    [InlineData("a@gw b", "it contains spaces")]
    [InlineData("a@gw1,b@gw2", "only one jump host is supported, not a chain")]
    [InlineData("[fd00::1", "'[' has no matching ']'")]
    public void Says_what_is_wrong_with_bad_input(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => JumpHost.Parse(text));

        Assert.Equal($"'{text}' is not a jump host: {reason}; expected [user@]host[:port], e.g. ubuntu@bastion.local:22", error.Message);
    }
}
