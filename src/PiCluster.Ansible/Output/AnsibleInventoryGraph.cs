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
        var lines = new List<string>();
        Add(inventory, inventory.FindGroup("all")!, 0, chosen, lines);
        return string.Join('\n', lines);
    }

    static void Add(Inventory inventory, InventoryGroup group, int depth, HashSet<string> chosen, List<string> lines)
    {
        lines.Add(Line($"@{group.Name}:", depth));
        foreach (var child in group.Children)
            Add(inventory, inventory.FindGroup(child)!, depth + 1, chosen, lines);
        if (group.Name != "all")
            lines.AddRange(group.Hosts.Where(chosen.Contains).Select(h => Line(h, depth + 1)));
    }

    static string Line(string name, int depth) => depth == 0 ? name : string.Concat(Enumerable.Repeat("  |", depth)) + "--" + name;
}
