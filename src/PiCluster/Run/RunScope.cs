using PiCluster.Ansible;
using PiCluster.Remote;
using PiCluster.Spec;

namespace PiCluster.Run;

/// <summary>What a command works on, resolved from the inventory before anything connects: the selected hosts
/// (<see cref="Targets"/>, in inventory order), every inventory host, how to reach each, and how many at once.</summary>
public sealed record RunScope(Inventory Inventory, IReadOnlyList<HostTarget> Targets, IReadOnlyList<HostTarget> Everyone, int Forks)
{
    /// <summary>Reads and checks the inventory (several sources read as one, as Ansible reads them) and selects the hosts, each
    /// reached as its variables say, else as <paramref name="defaults"/>; an <see cref="InventoryException"/> names the file, line and fix.</summary>
    public static RunScope Resolve(IReadOnlyList<string> inventorySources, string? limit, int forks, ConnectionDefaults defaults, string? askedBecomePassword)
    {
        var inventory = InventoryLoader.Load(inventorySources);
        InventoryValidator.Check(inventory);
        var selected = HostPattern.Select(inventory, limit).Select(h => h.Name).ToHashSet();
        var everyone = inventory.Hosts.Select(host => HostTargets.From(host, defaults, askedBecomePassword)).ToList();
        return new(inventory, [.. everyone.Where(t => selected.Contains(t.Name))], everyone, forks);
    }

    /// <summary>Inventory settings of the selected hosts that have no effect, each saying why.</summary>
    public IReadOnlyList<string> Warnings => [.. Targets.SelectMany(t => t.Warnings).Distinct()];
}
