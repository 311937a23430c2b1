namespace PiCluster.Ansible;

/// <summary>A host with its variables resolved by Ansible's precedence, and every group it belongs to (ancestors included, `all` first).</summary>
public sealed record InventoryHost(string Name, IReadOnlyList<string> Groups, IReadOnlyDictionary<string, Variable> Vars);
