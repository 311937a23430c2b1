using Renci.SshNet;
using Renci.SshNet.Security;

namespace PiCluster.Ssh.Keys;

/// <summary>Offers an encrypted key by its public half and decrypts it only to sign, i.e. once a server has accepted it, as OpenSSH does.</summary>
sealed class LazySigner(string algorithm, PublicKey key, Func<IPrivateKeySource> decrypt) : HostAlgorithm(algorithm)
{
    public override byte[] Data => key.Blob;

    public override byte[] Sign(byte[] data) => decrypt().HostKeyAlgorithms.First(a => a.Name == Name).Sign(data);

    public override bool VerifySignature(byte[] data, byte[] signature) =>
        throw new NotSupportedException("a client key only signs");
}
