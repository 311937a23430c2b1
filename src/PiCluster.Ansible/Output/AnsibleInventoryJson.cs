using System.Text;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Output;

/// <summary>
/// What `ansible-inventory -i INV --list [--limit P]` prints, byte for byte (without the final newline): groups with
/// their hosts and children, `_meta.hostvars`, keys sorted, indented by four.
/// </summary>
public static class AnsibleInventoryJson
{
    public const string Redacted = "********";

    /// <summary>Groups left with no selected host and no children are left out, as ansible-inventory does under --limit.</summary>
    public static string List(Inventory inventory, IReadOnlyList<InventoryHost> selected, IReadOnlySet<string> redact)
    {
        var chosen = selected.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var result = new JsonObject();
        var groups = inventory.Groups.ToDictionary(g => g.Name);
        AddGroup(groups, groups["all"], chosen, result, []);

        // Each host's variables are written straight from the inventory, so that no copy of them all is built first.
        var hostvars = inventory.Hosts.Where(h => chosen.Contains(h.Name) && h.Vars.Count > 0)
            .Select(host => (host.Name, Member((text, depth) => PythonJson.Object(text, depth, host.Vars.Values.Select(v =>
                (v.Name, Member((t, d) => PythonJson.Write(redact.Contains(v.Name) ? JsonValue.Create(Redacted) : v.Value, t, d))))))));
        var meta = Member((text, depth) => PythonJson.Object(text, depth, [("hostvars", Member((t, d) => PythonJson.Object(t, d, hostvars)))]));
        var output = new StringBuilder();
        PythonJson.Object(output, 0, result.Select(g => (g.Key, Member((t, d) => PythonJson.Write(g.Value, t, d)))).Append(("_meta", meta)));
        return output.ToString();
    }

    static Action<StringBuilder, int> Member(Action<StringBuilder, int> write) => write;

    static void AddGroup(Dictionary<string, InventoryGroup> groups, InventoryGroup group, HashSet<string> chosen, JsonObject result, HashSet<string> seen)
    {
        var entry = new JsonObject();
        if (group.Name != "all" && group.Hosts.Where(chosen.Contains).ToList() is { Count: > 0 } hosts)
            entry["hosts"] = new JsonArray([.. hosts.Select(h => JsonValue.Create(h))]);
        if (group.Children.Count > 0)
            entry["children"] = new JsonArray([.. group.Children.Select(c => JsonValue.Create(c))]);
        foreach (var child in group.Children.Where(seen.Add))
            AddGroup(groups, groups[child], chosen, result, seen);
        if (entry.Count > 0)
            result[group.Name] = entry;
    }
}
