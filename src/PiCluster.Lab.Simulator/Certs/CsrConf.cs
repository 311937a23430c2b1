using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>What the server certificate takes from a rendered csr.conf: the subject from [ dn ] and the SANs from
/// [ alt_names ], both in file order as openssl keeps them.</summary>
public sealed record CsrConf(IReadOnlyList<KeyValuePair<string, string>> Dn, IReadOnlyList<KeyValuePair<string, string>> AltNames)
{
    static readonly Dictionary<string, string> DnOids = new()
    {
        ["C"] = "2.5.4.6",
        ["ST"] = "2.5.4.8",
        ["L"] = "2.5.4.7",
        ["O"] = "2.5.4.10",
        ["OU"] = "2.5.4.11",
        ["CN"] = "2.5.4.3",
    };

    public static CsrConf Parse(string text)
    {
        var sections = new Dictionary<string, List<KeyValuePair<string, string>>>();
        var current = new List<KeyValuePair<string, string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections[line.Trim('[', ']', ' ')] = current;
            }
            else if (line.Length > 0 && !line.StartsWith('#') && line.IndexOf('=') is > 0 and var at)
            {
                current.Add(new(line[..at].Trim(), line[(at + 1)..].Trim()));
            }
        }

        return new(sections.GetValueOrDefault("dn") ?? [], sections.GetValueOrDefault("alt_names") ?? []);
    }

    public X500DistinguishedName Subject()
    {
        // The builder encodes the last name added first, so the names go in backwards to keep the file's order.
        var builder = new X500DistinguishedNameBuilder();
        foreach (var (key, value) in Dn.Reverse())
        {
            if (key == "C")
                builder.AddCountryOrRegion(value);
            else if (DnOids.TryGetValue(key, out var oid))
                builder.Add(oid, value);
        }

        return builder.Build();
    }

    /// <summary>The subject as OpenSSL 3 prints it after signing: `subject=C = GB, ST = Canonical, …`.</summary>
    public string SubjectLine() => "subject=" + string.Join(", ", Dn.Where(p => DnOids.ContainsKey(p.Key)).Select(p => $"{p.Key} = {p.Value}"));

    /// <summary>`DNS.n` entries become DNS names and `IP.n` entries IP addresses.</summary>
    public X509Extension SubjectAlternativeNames()
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var (key, value) in AltNames)
        {
            if (key.StartsWith("DNS.", StringComparison.Ordinal))
                builder.AddDnsName(value);
            else if (key.StartsWith("IP.", StringComparison.Ordinal) && IPAddress.TryParse(value, out var ip))
                builder.AddIpAddress(ip);
        }

        return builder.Build();
    }
}
