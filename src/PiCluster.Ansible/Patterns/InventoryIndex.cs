namespace PiCluster.Ansible.Patterns;

/// <summary>An inventory's hosts and groups by name, so that patterns over thousands of hosts stay fast.</summary>
sealed class InventoryIndex(Inventory inventory)
{
    readonly Dictionary<string, InventoryHost> hosts = inventory.Hosts.ToDictionary(h => h.Name);
    readonly Dictionary<string, InventoryGroup> groups = inventory.Groups.ToDictionary(g => g.Name);

    public Inventory Inventory { get; } = inventory;

    public InventoryHost? Host(string name) => hosts.GetValueOrDefault(name);

    public InventoryGroup Group(string name) => groups[name];
}
