using System.Collections.Concurrent;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace PiCluster.Ssh.Keys;

/// <summary>Loads each private key file once for the whole run; an encrypted key's passphrase is asked once, and only when a server wants the key.</summary>
sealed class KeyFiles(SshOptions options)
{
    static readonly string[] DefaultNames = ["id_ed25519", "id_ecdsa", "id_rsa"];

    readonly ConcurrentDictionary<string, Lazy<KeyFile>> files = new();
    readonly ConcurrentDictionary<string, Lazy<(IPrivateKeySource? Key, string? Problem)>> decrypted = new();
    // One question on the terminal at a time, however many hosts connect at once.
    readonly Lock prompting = new();

    public KeyFile Get(string path) => files.GetOrAdd(path, p => new Lazy<KeyFile>(() => Load(p))).Value;

    public IEnumerable<string> Defaults() =>
        DefaultNames.Select(name => Path.Join(options.Home, ".ssh", name)).Where(File.Exists);

    public string Label(string path) =>
        path.StartsWith(options.Home.TrimEnd('/') + "/", StringComparison.Ordinal) ? "~" + path[options.Home.TrimEnd('/').Length..] : path;

    KeyFile Load(string path)
    {
        var label = Label(path);
        if (!File.Exists(path))
        {
            return new KeyFile(path, label, null, null, $"the key file {label} does not exist; fix ansible_ssh_private_key_file or create the key with `ssh-keygen -t ed25519`");
        }
        try
        {
            // Kept for the run, never disposed: disposing would wipe the key the signers use.
            var plain = new PrivateKeyFile(path);
            var source = KeySource.Without_Sha1(plain);
            return new KeyFile(path, label, PublicKey.FromBlob(source.HostKeyAlgorithms.First().Data), source, null);
        }
        catch (SshPassPhraseNullOrEmptyException)
        {
            return LoadEncrypted(path, label);
        }
        catch (Exception e) when (e is SshException or InvalidOperationException or FormatException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return new KeyFile(path, label, null, null, $"{label} cannot be read as a private key ({e.Message}); use an OpenSSH or PEM key file");
        }
    }

    KeyFile LoadEncrypted(string path, string label)
    {
        var known = PublicHalf(path);
        if (known is null)
        {
            var (key, problem) = Decrypt(path, label);
            return new KeyFile(path, label, key is null ? null : PublicKey.FromBlob(key.HostKeyAlgorithms.First().Data), key, problem);
        }
        IPrivateKeySource Unlock()
        {
            var (key, problem) = Decrypt(path, label);
            return key ?? throw new KeyProblemException(problem!);
        }
        var signers = SshAlgorithms.SignatureAlgorithms(known.Type).Select(algorithm => new LazySigner(algorithm, known, Unlock)).ToList();
        return new KeyFile(path, label, known, new KeySource(signers), null);
    }

    static PublicKey? PublicHalf(string path)
    {
        var pub = path + ".pub";
        return (File.Exists(pub) ? PublicKey.ParseOpenSsh(File.ReadAllText(pub).Trim()) : null)
            ?? PublicKey.FromOpenSshPrivateKey(File.ReadAllText(path));
    }

    (IPrivateKeySource? Key, string? Problem) Decrypt(string path, string label) =>
        decrypted.GetOrAdd(path, p => new Lazy<(IPrivateKeySource?, string?)>(() => AskAndDecrypt(p, label))).Value;

    (IPrivateKeySource? Key, string? Problem) AskAndDecrypt(string path, string label)
    {
        lock (prompting)
        {
            var passphrase = options.Passphrase ?? options.Prompt.Ask($"Passphrase for {label}: ");
            if (string.IsNullOrEmpty(passphrase))
            {
                return (null, $"{label} is encrypted and its passphrase cannot be asked here; set PICLUSTER_SSH_PASSPHRASE, add the key to ssh-agent (ssh-add {label}), or run from a terminal");
            }
            try
            {
                var key = new PrivateKeyFile(path, passphrase);
                return (KeySource.Without_Sha1(key), null);
            }
            catch (Exception e) when (e is SshException or InvalidOperationException or FormatException or System.Security.Cryptography.CryptographicException)
            {
                return (null, options.Passphrase is null
                    ? $"the passphrase for {label} is wrong; run again and type it carefully, or add the key to ssh-agent (ssh-add {label})"
                    : $"the passphrase in PICLUSTER_SSH_PASSPHRASE does not open {label}; fix or unset it, or add the key to ssh-agent (ssh-add {label})");
            }
        }
    }
}
