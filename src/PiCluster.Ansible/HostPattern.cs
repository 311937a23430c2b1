using PiCluster.Ansible.Patterns;

namespace PiCluster.Ansible;

/// <summary>
/// Ansible host patterns, as for --limit: groups, hosts, `a:b` or `a,b` (union), `a:&amp;b` (intersection),
/// `a:!b` (exclusion), wildcards `pi*`, regular expressions `~pi[0-9]+`, and subscripts `edge[0]`, `edge[1:2]`, `edge[-1]`.
/// Unions are taken first, then intersections, then exclusions; the result is in inventory order.
/// </summary>
public static class HostPattern
{
    public static IReadOnlyList<InventoryHost> Select(Inventory inventory, string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern.Trim() is "all" or "*")
            return inventory.Hosts;

        var index = new InventoryIndex(inventory);
        var hosts = new List<InventoryHost>();
        foreach (var term in PatternTerms.InEvaluationOrder(PatternTerms.Split(pattern)))
        {
            if (index.Host(term) is { } host)
            {
                hosts.Add(host);
                continue;
            }
            var matched = Match(index, term[0] is '&' or '!' ? term[1..] : term);
            hosts = term[0] switch
            {
                '!' => [.. hosts.Except(matched)],
                '&' => [.. hosts.Intersect(matched)],
                _ => [.. hosts.Union(matched)],
            };
        }

        var chosen = hosts.ToHashSet();
        if (chosen.Count == 0)
            throw NoMatch(inventory, pattern);
        return [.. inventory.Hosts.Where(chosen.Contains)];
    }

    static List<InventoryHost> Match(InventoryIndex index, string term)
    {
        var (expression, subscript) = Subscript.Split(term);
        var names = NameMatcher.For(expression);
        var inventory = index.Inventory;
        var groups = inventory.Groups.Where(g => names.IsMatch(g.Name)).ToList();
        var hosts = groups.SelectMany(g => GroupWalk.Hosts(index, g)).ToList();
        // Wildcards and regexes also match host names; a plain word does only when no group has that name.
        if (groups.Count == 0 || expression[0] == '~' || expression.IndexOfAny(['.', '?', '*', '[']) >= 0)
            hosts.AddRange(inventory.Hosts.Where(h => names.IsMatch(h.Name)));
        if (groups.Count == 0 && hosts.Count == 0)
            throw NoMatch(inventory, term);
        return [.. subscript is null ? hosts : subscript.Apply(hosts) ?? throw OutOfRange(term, hosts.Count)];
    }

    static InventoryException OutOfRange(string term, int count) =>
        new(null, $"the host pattern '{term}' picks a host past the end of the {count} it matches",
            $"Count from 0: use an index from 0 to {count - 1}, or from -1 to -{count} counting from the end");

    static InventoryException NoMatch(Inventory inventory, string pattern)
    {
        var groups = inventory.Groups.Select(g => g.Name).Where(n => n is not ("all" or "ungrouped")).ToList();
        var hosts = inventory.Hosts.Select(h => h.Name).ToList();
        return new(null, $"the host pattern '{pattern}' matches no host",
            $"The inventory has {Names("groups", groups)} and {Names("hosts", hosts)}");
    }

    static string Names(string kind, List<string> names) => names.Count switch
    {
        0 => $"no {kind}",
        <= 10 => $"{kind} {string.Join(", ", names)}",
        _ => $"{kind} {string.Join(", ", names.Take(10))} and {names.Count - 10} more",
    };
}
