namespace PiCluster.Ansible;

/// <summary>A group as written: its own hosts and its child groups, in the order the inventory gives them.</summary>
public sealed record InventoryGroup(string Name, IReadOnlyList<string> Hosts, IReadOnlyList<string> Children);
