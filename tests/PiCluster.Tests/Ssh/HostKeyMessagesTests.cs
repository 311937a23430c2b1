using PiCluster.Ssh;
using PiCluster.Ssh.Keys;
using PiCluster.Ssh.KnownHosts;

namespace PiCluster.Tests.Ssh;

public sealed class HostKeyMessagesTests
{
    static PublicKey Key(string name) =>
        PublicKey.ParseOpenSsh(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "known_hosts", name + ".pub")))!;

    static readonly SshEndpoint Pi = new("pi-02", "192.168.1.12", 2222, "ubuntu");

    [Fact]
    public void An_unknown_key_is_shown_with_how_to_check_and_trust_it()
    {
        var key = Key("host_ed25519");

        Assert.Equal(
            $"pi-02 (192.168.1.12:2222) is not in known_hosts: it shows the ssh-ed25519 key {key.Fingerprint}; check that `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` "
            + "on the Pi prints the same, then re-run with --trust-new-hosts (or add it with `ssh-keyscan -p 2222 192.168.1.12 >> /home/me/.ssh/known_hosts`)",
            HostKeyMessages.Unknown(Pi, key, "/home/me/.ssh/known_hosts"));
    }

    [Fact]
    public void A_changed_key_names_both_fingerprints_the_old_line_and_the_removal()
    {
        var old = new KnownHostEntry("/home/me/.ssh/known_hosts", 4, KnownHostMarker.None, "[192.168.1.12]:2222", Key("host_rsa"));
        var now = Key("host_ed25519");

        Assert.Equal(
            $"the host key of pi-02 (192.168.1.12:2222) has changed: it is now ssh-ed25519 {now.Fingerprint} but /home/me/.ssh/known_hosts:4 has ssh-rsa {old.Key.Fingerprint}; "
            + "if the Pi was re-flashed, remove the old key with `ssh-keygen -f /home/me/.ssh/known_hosts -R '[192.168.1.12]:2222'` and re-run with --trust-new-hosts, "
            + "otherwise someone may be intercepting the connection",
            HostKeyMessages.Changed(Pi, now, old));
    }
}
