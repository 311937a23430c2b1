using System.Security.Cryptography;
using System.Text;

namespace PiCluster.Ssh.Keys;

/// <summary>An SSH public key: its type and wire blob, as known_hosts, .pub files and ssh-agent carry it.</summary>
sealed record PublicKey(string Type, byte[] Blob)
{
    /// <summary>`SHA256:` and unpadded base64, exactly as `ssh-keygen -lf` prints it.</summary>
    public string Fingerprint => "SHA256:" + Convert.ToBase64String(SHA256.HashData(Blob)).TrimEnd('=');

    /// <summary>The `type base64` form of known_hosts and .pub files.</summary>
    public string OpenSshText => $"{Type} {Convert.ToBase64String(Blob)}";

    public bool SameKey(byte[] blob) => Blob.AsSpan().SequenceEqual(blob);

    public static PublicKey FromBlob(byte[] blob) => new(new SshReader(blob).ReadText(), blob);

    /// <summary>Reads `type base64 [comment]` (a .pub file's line); null when it is not one.</summary>
    public static PublicKey? ParseOpenSsh(string line)
    {
        var fields = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            return null;
        }
        try
        {
            var key = FromBlob(Convert.FromBase64String(fields[1]));
            return key.Type == fields[0] ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The public key stored in clear at the head of an `openssh-key-v1` private key file, even an encrypted one; null for other formats.</summary>
    public static PublicKey? FromOpenSshPrivateKey(string pem)
    {
        const string Begin = "-----BEGIN OPENSSH PRIVATE KEY-----", End = "-----END OPENSSH PRIVATE KEY-----";
        var start = pem.IndexOf(Begin, StringComparison.Ordinal);
        var end = pem.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }
        try
        {
            var data = Convert.FromBase64String(pem[(start + Begin.Length)..end].Trim());
            var magic = Encoding.ASCII.GetBytes("openssh-key-v1\0");
            if (!data.AsSpan().StartsWith(magic))
            {
                return null;
            }
            var reader = new SshReader(data, magic.Length);
            reader.ReadBytes(); // cipher
            reader.ReadBytes(); // kdf
            reader.ReadBytes(); // kdf options
            return reader.ReadUInt32() >= 1 ? FromBlob(reader.ReadBytes()) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
