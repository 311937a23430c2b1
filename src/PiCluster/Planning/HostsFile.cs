using System.Net;
using System.Net.Sockets;

namespace PiCluster.Planning;

/// <summary>/etc/hosts with every cluster node's name on exactly its address; other entries and comments are kept as they are,
/// names of hosts that are gone are dropped, and lines that are no entry (no address first), which the resolver skips, are dropped.</summary>
public static class HostsFile
{
    /// <summary>The new file, or <paramref name="content"/> itself (same instance) when it already says what <paramref name="wanted"/> says.</summary>
    public static string Ensure(string content, IReadOnlyDictionary<string, string> wanted, IReadOnlySet<string> gone)
    {
        var satisfied = new HashSet<string>();
        var lines = new List<string>();
        var changed = false;
        foreach (var line in content.Split('\n'))
        {
            var kept = Filter(line, wanted, gone, satisfied);
            if (kept != line) changed = true;
            if (kept is not null) lines.Add(kept);
        }
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        foreach (var (name, address) in wanted.Where(pair => !satisfied.Contains(pair.Key)))
        {
            lines.Add($"{address}\t{name}");
            changed = true;
        }
        return changed ? string.Join('\n', lines) + "\n" : content;
    }

    /// <summary>The wanted names no line of <paramref name="content"/> puts on their address yet.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Missing(string content, IReadOnlyDictionary<string, string> wanted)
    {
        var satisfied = new HashSet<string>();
        foreach (var line in content.Split('\n')) Filter(line, wanted, new HashSet<string>(), satisfied);
        return wanted.Where(pair => !satisfied.Contains(pair.Key));
    }

    /// <summary>Which of <paramref name="names"/> some entry of <paramref name="content"/> lists.</summary>
    public static IEnumerable<string> Listed(string content, IReadOnlySet<string> names) =>
        content.Split('\n').Select(Fields).Where(f => f.Length > 1 && IsAddress(f[0])).SelectMany(f => f[1..]).Where(names.Contains).Distinct();

    /// <summary>How many lines are not entries: text where an address should be first.</summary>
    public static int Strays(string content) => content.Split('\n').Count(line => Fields(line) is [var first, ..] && !IsAddress(first));

    /// <summary>The line without cluster names that point elsewhere (null when no name is left, or it is no entry); marks names already right.</summary>
    static string? Filter(string line, IReadOnlyDictionary<string, string> wanted, IReadOnlySet<string> gone, HashSet<string> satisfied)
    {
        var fields = Fields(line);
        if (fields.Length > 0 && !IsAddress(fields[0])) return null;
        if (fields.Length < 2) return line;
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var address = fields[0];
        var names = fields[1..].Where(name => !gone.Contains(name) && (!wanted.TryGetValue(name, out var right) || (right == address && satisfied.Add(name)))).ToList();
        if (names.Count == fields.Length - 1) return line;
        if (names.Count == 0) return null;
        return $"{address}\t{string.Join(' ', names)}{(hash < 0 ? "" : " " + line[hash..])}";
    }

    static string[] Fields(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return (hash < 0 ? line : line[..hash]).Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>What glibc's inet_pton takes: a dotted quad, or an IPv6 address (with a zone).</summary>
    static bool IsAddress(string field) =>
        IPAddress.TryParse(field, out var address)
        && (address.AddressFamily == AddressFamily.InterNetworkV6 ? field.Contains(':', StringComparison.Ordinal) : field.Count(c => c == '.') == 3);
}
