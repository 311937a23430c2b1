using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class SshCommonArgsTests
{
    const string Home = "/home/me";

    static SshCommonArgs Parse(string text) => SshCommonArgs.Parse(text, Home);

    [Fact]
    public void Reads_the_lab_inventory_options_without_complaint()
    {
        var args = Parse("-o UserKnownHostsFile=/tmp/lab/client/known_hosts -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes");

        Assert.Equal(["/tmp/lab/client/known_hosts"], args.KnownHostsFiles);
        Assert.Empty(args.Ignored);
        Assert.Null(args.Jump);
    }

    [Theory]
    [InlineData("-o ProxyJump=ubuntu@gw:2222")]
    [InlineData("-o 'ProxyJump ubuntu@gw:2222'")]
    [InlineData("-o ProxyJump ubuntu@gw:2222")]
    [InlineData("-oProxyJump=ubuntu@gw:2222")]
    [InlineData("-J ubuntu@gw:2222")]
    [InlineData("-Jubuntu@gw:2222")]
    [InlineData("-o ProxyCommand=\"ssh -W %h:%p -q ubuntu@gw -p 2222\"")]
    [InlineData("-o 'ProxyCommand=ssh -W %h:%p -q -p 2222 ubuntu@gw'")]
    [InlineData("-o 'ProxyCommand ssh -l ubuntu -p 2222 gw nc %h %p'")]
    public void Reads_a_jump_host_in_every_common_form(string text)
    {
        Assert.Equal(new JumpHost("gw", 2222, "ubuntu"), Parse(text).Jump);
    }

    [Fact]
    public void Reads_kex_algorithms_and_keeps_the_first_as_ssh_does()
    {
        var args = Parse("-o KexAlgorithms=curve25519-sha256,ecdh-sha2-nistp256 -o KexAlgorithms=^sntrup761x25519-sha512@openssh.com");

        Assert.Equal("curve25519-sha256,ecdh-sha2-nistp256", args.KexAlgorithms);
        Assert.Empty(args.Ignored);
    }

    [Fact]
    public void Keeps_the_first_jump_host_as_ssh_does()
    {
        Assert.Equal(new JumpHost("a", 22, null), Parse("-J a -o ProxyJump=b").Jump);
        Assert.Null(Parse("-o ProxyJump=none -J b").Jump);
    }

    [Fact]
    public void Reports_a_proxy_command_it_does_not_understand()
    {
        var args = Parse("-o 'ProxyCommand=socat - PROXY:proxy:%h:%p'");

        Assert.Null(args.Jump);
        Assert.Equal(["ProxyCommand=socat - PROXY:proxy:%h:%p is ignored: only the jump form `ssh -W %h:%p user@bastion` is understood; use -o ProxyJump=user@bastion"], args.Ignored);
    }

    [Fact]
    public void Expands_home_in_known_hosts_and_identity_files()
    {
        var args = Parse("-o 'UserKnownHostsFile=~/.ssh/pis \"/srv/known hosts\"' -i ~/.ssh/pi_key -o IdentityFile=%d/.ssh/other -iplain");

        Assert.Equal(["/home/me/.ssh/pis", "/srv/known hosts"], args.KnownHostsFiles);
        Assert.Equal(["/home/me/.ssh/pi_key", "/home/me/.ssh/other", "plain"], args.IdentityFiles);
    }

    [Fact]
    public void Reads_port_user_and_connect_timeout_first_value_winning()
    {
        var args = Parse("-p 2222 -o Port=2200 -l pi -o User=root -o ConnectTimeout=30");

        Assert.Equal(2222, args.Port);
        Assert.Equal("pi", args.User);
        Assert.Equal(TimeSpan.FromSeconds(30), args.ConnectTimeout);
    }

    [Fact]
    public void Explains_each_option_it_ignores()
    {
        var args = Parse("-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=accept-new -C -o ControlMaster=auto -F ~/.ssh/config -o Ciphers=aes128-cbc -o Foo=bar stray");

        Assert.Equal(
            [
                "StrictHostKeyChecking=no is ignored: host keys are always checked; use --trust-new-hosts to accept new ones",
                "UserKnownHostsFile=/dev/null is ignored: host keys are always checked, against ~/.ssh/known_hosts",
                "StrictHostKeyChecking=accept-new is ignored: new host keys are refused unless you pass --trust-new-hosts",
                "-C is ignored: compression is not used",
                "ControlMaster=auto is ignored: picluster keeps one connection per host open for the whole run",
                "-F ~/.ssh/config is ignored: ssh config files are not read; put the settings in the inventory",
                "Ciphers=aes128-cbc is ignored: picluster uses its own list of strong algorithms",
                "Foo=bar is ignored: picluster does not support it",
                "'stray' is ignored: it is not an ssh option",
            ],
            args.Ignored);
        Assert.Empty(args.KnownHostsFiles);
    }

    [Theory]
    [InlineData("-p", "ssh option -p needs a value")]
    [InlineData("-p 99999", "'99999' is not a port number (1-65535) in the ssh options")]
    [InlineData("-o ConnectTimeout=soon", "ConnectTimeout=soon is not a number of seconds in the ssh options")]
    [InlineData("-o ProxyJump=@gw", "'@gw' is not a jump host: the user before '@' is empty; expected [user@]host[:port], e.g. ubuntu@bastion.local:22")]
    [InlineData("-o 'ProxyJump=gw", "`-o 'ProxyJump=gw` opens a single quote that is never closed")]
    public void Rejects_malformed_options_with_a_clear_message(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Parse(text)).Message);
    }

    [Fact]
    public void Reads_nothing_from_empty_text()
    {
        var args = Parse("");

        Assert.Null(args.Jump);
        Assert.Empty(args.Ignored);
        Assert.Empty(args.IdentityFiles);
    }

    [Fact]
    public void Extra_args_after_the_common_ones_add_files_but_never_override_a_value()
    {
        var common = SshCommonArgs.Parse("-p 2222 -o User=pi -o KexAlgorithms=curve25519-sha256 -o UserKnownHostsFile=/a", "/home/me");
        var extra = SshCommonArgs.Parse("-p 22 -o User=root -J gw -o UserKnownHostsFile=/b", "/home/me");

        var merged = common.Merge(extra);

        Assert.Equal((2222, "pi", "curve25519-sha256"), (merged.Port, merged.User, merged.KexAlgorithms));
        Assert.Equal(["/a", "/b"], merged.KnownHostsFiles);
        Assert.Equal("gw", merged.Jump?.Address);
    }
}
