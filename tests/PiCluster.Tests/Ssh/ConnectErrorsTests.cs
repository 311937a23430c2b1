using System.Net.Sockets;
using PiCluster.Remote;
using PiCluster.Ssh;
using PiCluster.Ssh.Keys;
using Renci.SshNet.Common;

namespace PiCluster.Tests.Ssh;

public sealed class ConnectErrorsTests
{
    static readonly SshEndpoint Pi = new("pi-02", "192.168.1.12", 22, "ubuntu");
    static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);

    static RemoteException Translate(Exception error, AuthPlan? auth = null) =>
        ConnectErrors.Translate(error, Pi, auth ?? new AuthPlan([], [], [], false), TenSeconds)!;

    [Fact]
    public void A_refused_connection_asks_whether_sshd_runs()
    {
        var failure = Translate(new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(RemoteFailure.Refused, failure.Reason);
        Assert.Equal("pi-02 (192.168.1.12:22) refused the connection on port 22: is sshd running? Check that the Pi has booted and ssh is enabled, and that ansible_port is right", failure.Message);
    }

    [Fact]
    public void A_name_that_does_not_resolve_is_unreachable()
    {
        var failure = Translate(new SocketException((int)SocketError.HostNotFound));

        Assert.Equal(RemoteFailure.Unreachable, failure.Reason);
        Assert.Equal("cannot resolve 192.168.1.12 (the address of pi-02): check ansible_host, or use the Pi's IP address", failure.Message);
    }

    [Fact]
    public void Silence_during_the_handshake_is_a_timeout()
    {
        var failure = Translate(new SshOperationTimeoutException("Socket read operation has timed out after 10000 milliseconds."));

        Assert.Equal(RemoteFailure.Timeout, failure.Reason);
        Assert.Equal("pi-02 (192.168.1.12:22) did not answer within 10 s: check that the Pi is powered on and not hung, or allow longer with -o ConnectTimeout=N in ansible_ssh_common_args", failure.Message);
    }

    [Fact]
    public void A_refused_login_names_the_user_the_keys_and_the_fix()
    {
        var auth = new AuthPlan([], ["~/.ssh/id_ed25519", "ssh-agent key me@laptop"], ["~/.ssh/id_rsa cannot be read as a private key (bad); use an OpenSSH or PEM key file"], false);

        var failure = Translate(new SshAuthenticationException("Permission denied (publickey)."), auth);

        Assert.Equal(RemoteFailure.AuthFailed, failure.Reason);
        Assert.Equal("ubuntu@pi-02 (192.168.1.12:22) refused the keys ~/.ssh/id_ed25519, ssh-agent key me@laptop (not offered: ~/.ssh/id_rsa cannot be read as a private key (bad); use an OpenSSH or PEM key file): "
            + "install a key with `picluster copy-id`, or point ansible_ssh_private_key_file at a key the Pi accepts", failure.Message);
    }

    [Fact]
    public void A_refused_password_says_to_check_it()
    {
        var failure = Translate(new SshAuthenticationException("Permission denied (password)."), new AuthPlan([], [], [], true));

        Assert.Equal("ubuntu@pi-02 (192.168.1.12:22) refused the password: check ansible_password, or install a key with `picluster copy-id`", failure.Message);
    }

    [Fact]
    public void A_key_problem_is_said_for_the_host()
    {
        var failure = Translate(new KeyProblemException("the passphrase for ~/.ssh/id_ed25519 is wrong; run again"));

        Assert.Equal(RemoteFailure.KeyUnusable, failure.Reason);
        Assert.Equal("pi-02: the passphrase for ~/.ssh/id_ed25519 is wrong; run again", failure.Message);
    }

    [Fact]
    public void Anything_else_is_left_as_a_bug()
    {
        Assert.Null(ConnectErrors.Translate(new InvalidOperationException("a bug"), Pi, new AuthPlan([], [], [], false), TenSeconds));
    }
}
