namespace PiCluster.Access;

/// <summary>An OpenSSH public key line: `type base64 [comment]`, as in id_ed25519.pub and authorized_keys.</summary>
public sealed record PublicKey(string Type, string Blob, string Comment)
{
    public string Line => Comment.Length > 0 ? $"{Type} {Blob} {Comment}" : $"{Type} {Blob}";

    public static PublicKey Read(string file)
    {
        if (!File.Exists(file)) throw new AccessException($"{file} does not exist. Name a public key with --key FILE.pub (ssh-keygen -t ed25519 makes one)");
        var fields = File.ReadAllText(file).Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || !fields[0].StartsWith("ssh-", StringComparison.Ordinal) && !fields[0].StartsWith("ecdsa-", StringComparison.Ordinal) && !fields[0].StartsWith("sk-", StringComparison.Ordinal)
            || !IsBase64(fields[1]))
            throw new AccessException($"{file}:1:1: this is not an OpenSSH public key (expected `ssh-ed25519 AAAA… comment`). Pass the .pub file, not the private key");
        return new(fields[0], fields[1], fields.Length == 3 ? fields[2] : "");
    }

    static bool IsBase64(string text) => text.Length % 4 == 0 && Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
