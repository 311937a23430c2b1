using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiCluster.Ansible;
using PiCluster.Ansible.Output;

namespace PiCluster.Tests.Ansible;

/// <summary>Variable values as one line of the JSON ansible-inventory would print: 1000.0, "0o17", [1,"a"].</summary>
static partial class Values
{
    public static string Json(this InventoryHost host, string name) => Json(host.Vars[name].Value);

    public static string Json(JsonNode? value) => Indentation().Replace(PythonJson.Write(value), "");

    public static InventoryHost Host(this Inventory inventory, string name) => inventory.FindHost(name) ?? throw new KeyNotFoundException(name);

    public static InventoryGroup Group(this Inventory inventory, string name) => inventory.FindGroup(name) ?? throw new KeyNotFoundException(name);

    public static string[] Names(this IEnumerable<InventoryHost> hosts) => [.. hosts.Select(h => h.Name)];

    [GeneratedRegex(@"\n *")]
    private static partial Regex Indentation();
}
