namespace PiCluster.Ansible.Output;

/// <summary>
/// What `ansible-inventory -i INV --graph` prints, byte for byte (without the final newline). Ansible's --graph ignores
/// --limit; here hosts outside the selection are left out, and every group is still shown.
/// </summary>
public static class AnsibleInventoryGraph
{
    public static string Render(Inventory inventory, IReadOnlyList<InventoryHost> selected)
    {
        var chosen = selected.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var groups = inventory.Groups.ToDictionary(g => g.Name);
        // A group is drawn under each of its parents, so groups that share parents level after level multiply the lines.
        if (Lines(groups, groups["all"], chosen, []) is var count and > InventoryLimits.GraphLines)
        {
            throw new InventoryException(null,
                $"the graph would be {Count(count)} lines long, more than the {InventoryLimits.GraphLines:N0} PiCluster prints, as a group is drawn under each of its parents",
                "Use inventory list, which names each group once");
        }

        var lines = new List<string>();
        Add(groups, groups["all"], 0, chosen, lines);
        return string.Join('\n', lines);
    }

    static void Add(Dictionary<string, InventoryGroup> groups, InventoryGroup group, int depth, HashSet<string> chosen, List<string> lines)
    {
        lines.Add(Line($"@{group.Name}:", depth));
        foreach (var child in group.Children)
            Add(groups, groups[child], depth + 1, chosen, lines);
        if (group.Name != "all")
            lines.AddRange(group.Hosts.Where(chosen.Contains).Select(h => Line(h, depth + 1)));
    }

    // The lines Add would write, counted once per group; the count stops growing past the limit.
    static long Lines(Dictionary<string, InventoryGroup> groups, InventoryGroup group, HashSet<string> chosen, Dictionary<string, long> counted)
    {
        if (counted.TryGetValue(group.Name, out var known))
            return known;
        var lines = 1L + (group.Name == "all" ? 0 : group.Hosts.Count(chosen.Contains));
        foreach (var child in group.Children)
            lines = Math.Min(lines + Lines(groups, groups[child], chosen, counted), long.MaxValue / 2);
        return counted[group.Name] = lines;
    }

    static string Count(long lines) => lines == long.MaxValue / 2 ? $"more than {lines:N0}" : $"{lines:N0}";

    static string Line(string name, int depth) => depth == 0 ? name : string.Concat(Enumerable.Repeat("  |", depth)) + "--" + name;
}
