using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace PiCluster.Tools;

/// <summary>MicroK8s' certs/csr.conf.template, from which every server certificate of the node is made: its [ alt_names ] section
/// lists DNS.n and IP.n entries, and `#MOREIPS` is where MicroK8s puts the host's own addresses, numbered after the template's.</summary>
public static partial class CsrTemplate
{
    public const string Path = MicroK8s.Data + "/certs/csr.conf.template";

    /// <summary>The template with <paramref name="address"/> as the next DNS.n (a name) or IP.n (an address) just above `#MOREIPS`;
    /// unchanged when it lists it already; null when it has no `#MOREIPS` line to put it by.</summary>
    public static string? WithAltName(string template, string address)
    {
        var isIp = IPAddress.TryParse(address, out var ip);
        var kind = isIp ? "IP" : "DNS";
        var lines = template.Split('\n').ToList();
        var entries = lines.Select(l => AltName().Match(l)).Where(m => m.Success).ToList();
        if (entries.Any(m => m.Groups["kind"].Value == kind && Same(m.Groups["value"].Value, address, ip))) return template;
        var at = lines.FindIndex(l => l.Trim() == "#MOREIPS");
        if (at < 0) return null;
        var next = entries.Where(m => m.Groups["kind"].Value == kind).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        lines.Insert(at, $"{kind}.{next} = {address}");
        return string.Join('\n', lines);
    }

    static bool Same(string listed, string address, IPAddress? ip) =>
        ip is null ? string.Equals(listed, address, StringComparison.OrdinalIgnoreCase) : IPAddress.TryParse(listed, out var other) && other.Equals(ip);

    [GeneratedRegex(@"^\s*(?<kind>DNS|IP)\.(?<n>[0-9]+)\s*=\s*(?<value>\S+)\s*$")]
    private static partial Regex AltName();
}
