using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Reading;

/// <summary>Host names as Ansible reads them: `name`, `name:port`, `[address]:port`, IPv6 addresses, names with ranges.</summary>
static partial class HostAddress
{
    /// <summary>Splits off a `:port`; the port text is null when there is none, and is not checked here.</summary>
    public static (string Host, string? Port, int PortOffset) SplitPort(string text)
    {
        var colons = ColonsOutsideBrackets(text);
        if (colons.Count != 1)
            return (text, null, 0);

        var at = colons[0];
        var host = text[..at];
        if (host.Length > 2 && host[0] == '[' && host[^1] == ']' && IsAddress(host[1..^1]))
            host = host[1..^1];
        return (host, text[(at + 1)..], at + 1);
    }

    /// <summary>True when the text is a single host Ansible understands, so a pattern must not be split at its colons.</summary>
    public static bool IsHostWithOptionalPort(string text)
    {
        var colons = ColonsOutsideBrackets(text);
        if (colons.Count == 1 && text[(colons[0] + 1)..] is { Length: > 0 } port && port.All(char.IsAsciiDigit))
        {
            var host = text[..colons[0]];
            return IsAddress(host.Length > 2 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host);
        }
        return IsAddress(text);
    }

    static bool IsAddress(string text) =>
        HostName().IsMatch(text)
        || (text.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(text, out var ip)
            && ip.AddressFamily == AddressFamily.InterNetworkV6 && !text.Contains('%', StringComparison.Ordinal));

    static List<int> ColonsOutsideBrackets(string text)
    {
        var colons = new List<int>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[')
                depth++;
            else if (text[i] == ']' && depth > 0)
                depth--;
            else if (text[i] == ':' && depth == 0)
                colons.Add(i);
        }
        return colons;
    }

    const string Range = @"\[(?:[a-z]:[a-z]|[0-9]+:[0-9]+)(?::[0-9]+)?\]";
    // A label is word characters and dashes, not ending in - or _; any part of it may be a range.
    const string Label = @"(?:\w|" + Range + @")(?:[\w-]|" + Range + @")*(?<![_-])";

    [GeneratedRegex("^" + Label + @"(?:\." + Label + ")*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
