using Renci.SshNet;

namespace PiCluster.Ssh;

/// <summary>Removes what SSH.NET still offers for old servers (SHA-1, CBC, 3DES, ssh-rsa signatures) and asks for host keys already on file first, as OpenSSH does.</summary>
static class SshAlgorithms
{
    public static void Harden(ConnectionInfo info, IReadOnlyList<string> knownKeyTypes)
    {
        RemoveWhere(info.KeyExchangeAlgorithms, name => name.EndsWith("-sha1", StringComparison.Ordinal));
        RemoveWhere(info.Encryptions, name => name.EndsWith("-cbc", StringComparison.Ordinal));
        RemoveWhere(info.HmacAlgorithms, name => name.Contains("sha1", StringComparison.Ordinal) || name.Contains("md5", StringComparison.Ordinal));
        // No certificate support: @cert-authority lines are skipped, so a host certificate could not be checked.
        RemoveWhere(info.HostKeyAlgorithms, name => name is "ssh-rsa" or "ssh-dss" || name.Contains("-cert-", StringComparison.Ordinal));

        var preferred = knownKeyTypes.SelectMany(SignatureAlgorithms).Where(info.HostKeyAlgorithms.ContainsKey).ToList();
        for (var i = 0; i < preferred.Count; i++)
        {
            info.HostKeyAlgorithms.SetPosition(preferred[i], i);
        }
    }

    /// <summary>The signature algorithms a key type signs with, strongest first, without SHA-1.</summary>
    public static IReadOnlyList<string> SignatureAlgorithms(string keyType) =>
        keyType == "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256"] : [keyType];

    static void RemoveWhere<T>(IOrderedDictionary<string, T> algorithms, Func<string, bool> weak)
    {
        foreach (var name in algorithms.Keys.Where(weak).ToList())
        {
            algorithms.Remove(name);
        }
    }
}
