namespace PiCluster.Ansible;

/// <summary>A resolved inventory: hosts in Ansible's order, groups including `all` and `ungrouped`.</summary>
public sealed record Inventory(string Source, IReadOnlyList<InventoryHost> Hosts, IReadOnlyList<InventoryGroup> Groups)
{
    /// <summary>What Ansible warns about and reads past, each naming file:line:column, read as Ansible reads it.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public InventoryHost? FindHost(string name) => Hosts.FirstOrDefault(h => h.Name == name);

    public InventoryGroup? FindGroup(string name) => Groups.FirstOrDefault(g => g.Name == name);
}
