using Renci.SshNet;
using Renci.SshNet.Security;

namespace PiCluster.Ssh.Agent;

/// <summary>One signature algorithm of a key that stays in ssh-agent.</summary>
sealed class AgentSigner(string algorithm, AgentKey key, SshAgent agent) : HostAlgorithm(algorithm)
{
    const uint RsaSha256 = 2, RsaSha512 = 4;

    public override byte[] Data => key.Key.Blob;

    public override byte[] Sign(byte[] data) =>
        agent.Sign(key, data, Name switch { "rsa-sha2-256" => RsaSha256, "rsa-sha2-512" => RsaSha512, _ => 0 });

    public override bool VerifySignature(byte[] data, byte[] signature) =>
        throw new NotSupportedException("a client key only signs");

    /// <summary>What signs with an agent key, or null for kinds SSH.NET cannot offer (security keys, certificates, DSA).</summary>
    public static IPrivateKeySource? SourceFor(AgentKey key, SshAgent agent) =>
        key.Key.Type is "ssh-ed25519" or "ssh-rsa" || key.Key.Type.StartsWith("ecdsa-sha2-", StringComparison.Ordinal)
            ? new Keys.KeySource(SshAlgorithms.SignatureAlgorithms(key.Key.Type).Select(a => (HostAlgorithm)new AgentSigner(a, key, agent)).ToList())
            : null;
}
