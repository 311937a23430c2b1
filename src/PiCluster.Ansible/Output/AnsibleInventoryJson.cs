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
        AddGroup(inventory, inventory.FindGroup("all")!, chosen, result, []);

        var hostvars = new JsonObject();
        foreach (var host in inventory.Hosts.Where(h => chosen.Contains(h.Name) && h.Vars.Count > 0))
        {
            hostvars[host.Name] = new JsonObject(host.Vars.Values.Select(v =>
                KeyValuePair.Create(v.Name, redact.Contains(v.Name) ? JsonValue.Create(Redacted) : v.Value?.DeepClone())));
        }

        result["_meta"] = new JsonObject { ["hostvars"] = hostvars };
        return PythonJson.Write(result);
    }

    static void AddGroup(Inventory inventory, InventoryGroup group, HashSet<string> chosen, JsonObject result, HashSet<string> seen)
    {
        var entry = new JsonObject();
        if (group.Name != "all" && group.Hosts.Where(chosen.Contains).ToList() is { Count: > 0 } hosts)
            entry["hosts"] = new JsonArray([.. hosts.Select(h => JsonValue.Create(h))]);
        if (group.Children.Count > 0)
            entry["children"] = new JsonArray([.. group.Children.Select(c => JsonValue.Create(c))]);
        foreach (var child in group.Children.Where(seen.Add))
            AddGroup(inventory, inventory.FindGroup(child)!, chosen, result, seen);
        if (entry.Count > 0)
            result[group.Name] = entry;
    }
}
