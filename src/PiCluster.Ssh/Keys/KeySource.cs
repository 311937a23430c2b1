using Renci.SshNet;
using Renci.SshNet.Security;

namespace PiCluster.Ssh.Keys;

/// <summary>The signature algorithms one key offers, in the order they are tried.</summary>
sealed class KeySource(IReadOnlyCollection<HostAlgorithm> algorithms) : IPrivateKeySource
{
    public IReadOnlyCollection<HostAlgorithm> HostKeyAlgorithms => algorithms;

    /// <summary>A loaded key without SHA-1 `ssh-rsa` signatures, which SSH.NET would try first and OpenSSH servers refuse.</summary>
    public static KeySource Without_Sha1(IPrivateKeySource key) =>
        new(key.HostKeyAlgorithms.Where(a => a.Name != "ssh-rsa").OrderBy(a => a.Name == "rsa-sha2-256").ToList());
}
