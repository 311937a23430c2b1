using PiCluster.Remote;
using PiCluster.Ssh.KnownHosts;
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

        Prefer(info.HostKeyAlgorithms, knownKeyTypes.SelectMany(SignatureAlgorithms));
    }

    /// <summary>Applies an OpenSSH KexAlgorithms value: `a,b` exactly these in this order, `+a` also these (already offered when
    /// supported), `-a*` not these (wildcards allowed), `^a` these first. Names SSH.NET does not know are skipped.</summary>
    public static void ChooseKeyExchange(ConnectionInfo info, string? spec, string where)
    {
        if (string.IsNullOrWhiteSpace(spec)) return;
        var algorithms = info.KeyExchangeAlgorithms;
        var supported = string.Join(",", algorithms.Keys);
        var names = spec.TrimStart('+', '-', '^').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (spec[0])
        {
            case '+': break;
            case '-': RemoveWhere(algorithms, name => names.Any(pattern => HostPatterns.Glob(pattern, name))); break;
            case '^': Prefer(algorithms, names); break;
            default:
                RemoveWhere(algorithms, name => !names.Contains(name));
                Prefer(algorithms, names);
                break;
        }
        if (algorithms.Count == 0)
        {
            throw new RemoteException(RemoteFailure.Unreachable,
                $"cannot connect to {where}: KexAlgorithms={spec} in the inventory's ssh options leaves no key exchange picluster supports; choose from {supported}");
        }
    }

    static void Prefer<T>(IOrderedDictionary<string, T> algorithms, IEnumerable<string> names)
    {
        var position = 0;
        foreach (var name in names.Where(algorithms.ContainsKey)) algorithms.SetPosition(name, position++);
    }

    /// <summary>The signature algorithms a key type signs with, strongest first, without SHA-1.</summary>
    public static IReadOnlyList<string> SignatureAlgorithms(string keyType) =>
        keyType == "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256"] : [keyType];

    static void RemoveWhere<T>(IOrderedDictionary<string, T> algorithms, Func<string, bool> weak)
    {
        foreach (var name in algorithms.Keys.Where(weak).ToList())
            algorithms.Remove(name);
    }
}
