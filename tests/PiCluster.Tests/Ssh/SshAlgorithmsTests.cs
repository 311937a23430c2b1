using PiCluster.Remote;
using PiCluster.Ssh;
using Renci.SshNet;

namespace PiCluster.Tests.Ssh;

/// <summary>KexAlgorithms from the inventory's ssh options, read as OpenSSH reads it.</summary>
public sealed class SshAlgorithmsTests
{
    static string[] Chosen(string? spec)
    {
        var info = new ConnectionInfo("127.0.0.1", "ubuntu", new NoneAuthenticationMethod("ubuntu"));
        SshAlgorithms.Harden(info, []);
        SshAlgorithms.ChooseKeyExchange(info, spec, "pi-01 (127.0.0.1:22)");
        return [.. info.KeyExchangeAlgorithms.Keys];
    }

    [Fact]
    public void Without_a_value_the_post_quantum_exchanges_stay_first()
    {
        Assert.Equal(["mlkem768x25519-sha256", "sntrup761x25519-sha512"], Chosen(null)[..2]);
    }

    [Fact]
    public void A_plain_list_offers_exactly_those_in_that_order()
    {
        Assert.Equal(["ecdh-sha2-nistp256", "curve25519-sha256"], Chosen("ecdh-sha2-nistp256,curve25519-sha256,no-such-kex"));
    }

    [Fact]
    public void A_caret_moves_the_named_first_and_keeps_the_rest()
    {
        var chosen = Chosen("^curve25519-sha256");

        Assert.Equal("curve25519-sha256", chosen[0]);
        Assert.Equal(Chosen(null).Length, chosen.Length);
    }

    [Fact]
    public void A_minus_removes_the_named_with_wildcards()
    {
        var chosen = Chosen("-sntrup*,mlkem*");

        Assert.DoesNotContain(chosen, name => name.StartsWith("sntrup", StringComparison.Ordinal) || name.StartsWith("mlkem", StringComparison.Ordinal));
        Assert.Contains("curve25519-sha256", chosen);
    }

    [Fact]
    public void A_plus_changes_nothing_since_every_supported_exchange_is_offered()
    {
        Assert.Equal(Chosen(null), Chosen("+diffie-hellman-group14-sha256"));
    }

    [Fact]
    public void A_list_of_nothing_supported_is_a_clear_host_failure()
    {
        var error = Assert.Throws<RemoteException>(() => Chosen("diffie-hellman-group1-sha1"));

        Assert.StartsWith("cannot connect to pi-01 (127.0.0.1:22): KexAlgorithms=diffie-hellman-group1-sha1 in the inventory's ssh options leaves no key exchange picluster supports; choose from ", error.Message);
    }
}
