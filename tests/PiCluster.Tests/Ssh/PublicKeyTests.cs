using PiCluster.Ssh.Keys;

namespace PiCluster.Tests.Ssh;

public sealed class PublicKeyTests
{
    static string Data(params string[] path) => File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Data", .. path]));

    [Theory]
    [InlineData("host_ed25519", "ssh-ed25519")]
    [InlineData("host_rsa", "ssh-rsa")]
    [InlineData("host_ecdsa", "ecdsa-sha2-nistp256")]
    public void Fingerprints_as_ssh_keygen_does(string name, string type)
    {
        var key = PublicKey.ParseOpenSsh(Data("known_hosts", name + ".pub"))!;

        Assert.Equal(type, key.Type);
        Assert.Equal(Data("known_hosts", name + ".fingerprint").Trim(), key.Fingerprint);
    }

    [Fact]
    public void Reads_the_public_half_of_an_encrypted_openssh_key_without_its_passphrase()
    {
        var key = PublicKey.FromOpenSshPrivateKey(Data("keys", "encrypted_ed25519"));

        Assert.Equal(PublicKey.ParseOpenSsh(Data("keys", "encrypted_ed25519.pub"))!.OpenSshText, key!.OpenSshText);
    }

    [Fact]
    public void Finds_no_public_half_in_a_pem_key()
    {
        Assert.Null(PublicKey.FromOpenSshPrivateKey(Data("keys", "pem_rsa")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ssh-ed25519")]
    [InlineData("ssh-ed25519 not-base64!")]
    [InlineData("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIIQ1XKofl4W58KhNJsYBQBxHfdkv+0pVs72JJ3CSftWI")]
    public void Rejects_what_is_not_a_public_key_line(string line)
    {
        Assert.Null(PublicKey.ParseOpenSsh(line));
    }
}
