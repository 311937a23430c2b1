namespace PiCluster.Ansible;

/// <summary>A resolved inventory: hosts in Ansible's order, groups including `all` and `ungrouped`.</summary>
public sealed record Inventory(string Source, IReadOnlyList<InventoryHost> Hosts, IReadOnlyList<InventoryGroup> Groups)
{
    public InventoryHost? FindHost(string name) => Hosts.FirstOrDefault(h => h.Name == name);

    public InventoryGroup? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name == name);
}
