using System.Net;

namespace PiCluster.Facts;

/// <summary>The names and addresses the API server's certificate (certs/server.crt) is valid for, as `openssl x509 -noout
/// -ext subjectAltName` prints them: "X509v3 Subject Alternative Name: " and then "DNS:kubernetes, …, IP Address:127.0.0.1, …".
/// Addresses are kept in their short form (FD00:0:0:0:0:0:0:50 becomes fd00::50).</summary>
public sealed record ApiCertificate(IReadOnlyList<string> Names, IReadOnlyList<string> Addresses)
{
    /// <summary>null when the output lists no alternative names (no certificate, or no openssl to read it).</summary>
    public static ApiCertificate? Parse(string output)
    {
        var entries = output.Split('\n').Skip(1).SelectMany(line => line.Split(',')).Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        if (entries.Count == 0) return null;
        return new(
            [.. entries.Where(e => e.StartsWith("DNS:", StringComparison.Ordinal)).Select(e => e["DNS:".Length..])],
            [.. entries.Where(e => e.StartsWith("IP Address:", StringComparison.Ordinal))
                .Select(e => IPAddress.TryParse(e["IP Address:".Length..], out var ip) ? ip.ToString() : null).OfType<string>()]);
    }

    /// <summary>Whether a client reaching the API server by <paramref name="address"/> (a name or an IP) would accept the certificate:
    /// addresses compare as addresses (fd00::50 is FD00:0:0:0:0:0:0:50), names without regard to case.</summary>
    public bool Covers(string address) => IPAddress.TryParse(address, out var ip)
        ? Addresses.Any(listed => IPAddress.Parse(listed).Equals(ip))
        : Names.Contains(address.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
}
