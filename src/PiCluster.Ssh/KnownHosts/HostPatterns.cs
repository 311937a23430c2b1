using System.Security.Cryptography;
using System.Text;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>The host field of a known_hosts line, as sshd(8) defines it: comma-separated patterns with `*`, `?` and `!`, or one hashed `|1|salt|hash` name.</summary>
static class HostPatterns
{
    public static bool Match(string field, string hostName)
    {
        if (field.StartsWith("|1|", StringComparison.Ordinal))
            return MatchHashed(field, hostName);
        var matched = false;
        foreach (var pattern in field.Split(','))
        {
            var negated = pattern.StartsWith('!');
            if (!Glob(negated ? pattern[1..] : pattern, hostName))
                continue;
            if (negated)
            {
                // A negated match rejects the whole line, whatever else matched.
                return false;
            }
            matched = true;
        }
        return matched;
    }

    /// <summary>The name a host is filed under: the address, or `[address]:port` when the port is not 22.</summary>
    public static string HostName(string address, int port) =>
        port == 22 ? address.ToLowerInvariant() : $"[{address.ToLowerInvariant()}]:{port}";

    static bool MatchHashed(string field, string hostName)
    {
        var parts = field.Split('|');
        if (parts.Length != 4)
            return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            // The hashed-name format is fixed by OpenSSH as HMAC-SHA1; it hides names, it does not authenticate.
#pragma warning disable CA5350
            var actual = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes(hostName));
#pragma warning restore CA5350
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>OpenSSH's `*` and `?` wildcards, ignoring case.</summary>
    internal static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
            p++;
        return p == pattern.Length;
    }
}
