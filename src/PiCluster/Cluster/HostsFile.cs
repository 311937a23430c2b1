namespace PiCluster.Cluster;

/// <summary>/etc/hosts with every cluster node's name on exactly its address; other lines and comments are kept as they are.</summary>
public static class HostsFile
{
    /// <summary>The new file, or <paramref name="content"/> itself (same instance) when it already says what <paramref name="wanted"/> says.</summary>
    public static string Ensure(string content, IReadOnlyDictionary<string, string> wanted)
    {
        var satisfied = new HashSet<string>();
        var lines = new List<string>();
        var changed = false;
        foreach (var line in content.Split('\n'))
        {
            var kept = Filter(line, wanted, satisfied);
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
        foreach (var line in content.Split('\n')) Filter(line, wanted, satisfied);
        return wanted.Where(pair => !satisfied.Contains(pair.Key));
    }

    /// <summary>The line without cluster names that point elsewhere (null when no name is left); marks names already right.</summary>
    static string? Filter(string line, IReadOnlyDictionary<string, string> wanted, HashSet<string> satisfied)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var fields = (hash < 0 ? line : line[..hash]).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2) return line;
        var address = fields[0];
        var names = fields[1..].Where(name => !wanted.TryGetValue(name, out var right) || (right == address && satisfied.Add(name))).ToList();
        if (names.Count == fields.Length - 1) return line;
        if (names.Count == 0) return null;
        return $"{address}\t{string.Join(' ', names)}{(hash < 0 ? "" : " " + line[hash..])}";
    }
}
