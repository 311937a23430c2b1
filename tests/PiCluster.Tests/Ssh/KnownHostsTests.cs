using PiCluster.Ssh.Keys;
using PiCluster.Ssh.KnownHosts;

namespace PiCluster.Tests.Ssh;

public sealed class KnownHostsTests
{
    static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Data", "known_hosts");

    static PublicKey Key(string name) => PublicKey.ParseOpenSsh(File.ReadAllText(Path.Combine(Dir, name + ".pub")))!;

    static KnownHostsSet Read(string file) =>
        new(KnownHostsFile.Parse("/k/" + file, File.ReadAllText(Path.Combine(Dir, file))));

    static HostKeyCheck Check(string file, string address, int port, string key) =>
        Read(file).Check(HostPatterns.HostName(address, port), Key(key));

    [Theory]
    [InlineData("192.168.1.11", 22, "host_ed25519", 2)]
    [InlineData("PI-01.local", 22, "host_ed25519", 2)]
    [InlineData("192.168.1.12", 2222, "host_rsa", 3)]
    [InlineData("192.168.1.13", 22, "host_ecdsa", 5)]
    [InlineData("192.168.2.40", 22, "host_ed25519", 6)]
    [InlineData("node.lab", 22, "host_ecdsa", 7)]
    public void Knows_a_host_by_name_port_or_wildcard(string address, int port, string key, int line)
    {
        var check = Check("plain", address, port, key);

        Assert.Equal(HostKeyStatus.Known, check.Status);
        Assert.Equal($"/k/plain:{line}", check.Entry!.Where);
    }

    [Theory]
    [InlineData("192.168.1.11", 22, "host_ed25519")]
    [InlineData("192.168.1.12", 2222, "host_rsa")]
    [InlineData("192.168.1.13", 22, "host_ecdsa")]
    public void Knows_hosts_of_a_file_hashed_by_ssh_keygen(string address, int port, string key)
    {
        Assert.Equal(HostKeyStatus.Known, Check("hashed", address, port, key).Status);
    }

    [Fact]
    public void Files_a_non_standard_port_under_its_own_name()
    {
        Assert.Equal("[192.168.1.12]:2222", HostPatterns.HostName("192.168.1.12", 2222));
        Assert.Equal(HostKeyStatus.Unknown, Check("plain", "192.168.1.12", 22, "host_rsa").Status);
        Assert.Equal(HostKeyStatus.Unknown, Check("hashed", "192.168.1.12", 22, "host_rsa").Status);
        Assert.Equal(HostKeyStatus.Unknown, Check("plain", "192.168.1.11", 2222, "host_ed25519").Status);
    }

    [Fact]
    public void A_negated_pattern_excludes_a_host_the_wildcard_would_match()
    {
        Assert.Equal(HostKeyStatus.Unknown, Check("plain", "gw.lab", 22, "host_ecdsa").Status);
    }

    [Theory]
    [InlineData("plain", 2)]
    [InlineData("hashed", 1)]
    public void A_different_key_of_the_same_type_is_a_change_with_the_old_line(string file, int line)
    {
        var check = Check(file, "192.168.1.11", 22, "host_rsa");

        Assert.Equal(HostKeyStatus.Changed, check.Status);
        Assert.Equal($"/k/{file}:{line}", check.Entry!.Where);
        Assert.Equal("ssh-ed25519", check.Entry.Key.Type);
    }

    [Fact]
    public void A_revoked_key_is_refused_even_for_an_unknown_host()
    {
        var check = Check("plain", "10.9.9.9", 22, "other_ed25519");

        Assert.Equal(HostKeyStatus.Revoked, check.Status);
        Assert.Equal("/k/plain:8", check.Entry!.Where);
    }

    [Fact]
    public void Cert_authority_lines_do_not_vouch_for_plain_keys()
    {
        Assert.Equal(HostKeyStatus.Unknown, Check("plain", "new.local", 22, "host_ed25519").Status);
    }

    [Fact]
    public void Skips_comments_blank_and_malformed_lines()
    {
        var entries = Read("plain").Entries;

        Assert.Equal([2, 3, 5, 6, 7, 8, 9], entries.Select(e => e.Line));
        Assert.Equal(KnownHostMarker.Revoked, entries[5].Marker);
        Assert.Equal(KnownHostMarker.CertAuthority, entries[6].Marker);
    }

    [Fact]
    public void Lists_the_key_types_on_file_for_a_host()
    {
        var set = new KnownHostsSet([.. Read("plain").Entries, .. KnownHostsFile.Parse("/k/extra", $"192.168.1.11 {Key("host_rsa").OpenSshText}")]);

        Assert.Equal(["ssh-ed25519", "ssh-rsa"], set.KeyTypesFor("192.168.1.11"));
        Assert.Empty(set.KeyTypesFor("10.0.0.1"));
    }

    [Fact]
    public void A_host_known_by_any_of_several_keys_is_known()
    {
        var set = new KnownHostsSet([.. Read("plain").Entries, .. KnownHostsFile.Parse("/k/extra", $"192.168.1.11 {Key("host_rsa").OpenSshText}")]);

        Assert.Equal(HostKeyStatus.Known, set.Check("192.168.1.11", Key("host_rsa")).Status);
    }
}
