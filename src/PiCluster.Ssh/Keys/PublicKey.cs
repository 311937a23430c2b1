using System.Security.Cryptography;
using System.Text;
using PiCluster.Access;

namespace PiCluster.Ssh.Keys;

/// <summary>An SSH public key: its type and wire blob, as known_hosts, .pub files, authorized_keys and ssh-agent carry it,
/// and the comment of a .pub file.</summary>
public sealed record PublicKey(string Type, byte[] Blob)
{
    public string Comment { get; init; } = "";

    /// <summary>`SHA256:` and unpadded base64, exactly as `ssh-keygen -lf` prints it.</summary>
    public string Fingerprint => "SHA256:" + Convert.ToBase64String(SHA256.HashData(Blob)).TrimEnd('=');

    /// <summary>The `type base64` form of known_hosts and .pub files.</summary>
    public string OpenSshText => $"{Type} {Convert.ToBase64String(Blob)}";

    /// <summary>The line of authorized_keys: `type base64 comment`.</summary>
    public string Line => Comment.Length > 0 ? $"{OpenSshText} {Comment}" : OpenSshText;

    public bool SameKey(byte[] blob) => Blob.AsSpan().SequenceEqual(blob);

    public static PublicKey FromBlob(byte[] blob) => new(new SshReader(blob).ReadText(), blob);

    /// <summary>Reads `type base64 [comment]` (a .pub file's line); null when it is not one.</summary>
    public static PublicKey? ParseOpenSsh(string line)
    {
        var fields = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
            return null;
        try
        {
            var key = FromBlob(Convert.FromBase64String(fields[1])) with { Comment = fields.Length == 3 ? fields[2].Trim() : "" };
            return key.Type == fields[0] ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A .pub file, for installing it; an <see cref="AccessException"/> says what is wrong with it.</summary>
    public static PublicKey Read(string file)
    {
        if (!File.Exists(file)) throw new AccessException($"{file} does not exist. Name a public key with --key FILE.pub (ssh-keygen -t ed25519 makes one)");
        return ParseOpenSsh(File.ReadAllText(file).Trim())
            ?? throw new AccessException($"{file}:1:1: this is not an OpenSSH public key (expected `ssh-ed25519 AAAA… comment`). Pass the .pub file, not the private key");
    }

    /// <summary>The public key stored in clear at the head of an `openssh-key-v1` private key file, even an encrypted one; null for other formats.</summary>
    public static PublicKey? FromOpenSshPrivateKey(string pem)
    {
        const string Begin = "-----BEGIN OPENSSH PRIVATE KEY-----", End = "-----END OPENSSH PRIVATE KEY-----";
        var start = pem.IndexOf(Begin, StringComparison.Ordinal);
        var end = pem.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
            return null;
        try
        {
            var data = Convert.FromBase64String(pem[(start + Begin.Length)..end].Trim());
            var magic = Encoding.ASCII.GetBytes("openssh-key-v1\0");
            if (!data.AsSpan().StartsWith(magic))
                return null;
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
