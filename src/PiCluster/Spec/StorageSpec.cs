using PiCluster.Ansible;
using static PiCluster.Spec.InventoryVariables;

namespace PiCluster.Spec;

/// <summary>What the inventory asks of a storage host: the MicroCeph channel, the disks to make OSDs, and which of them may be wiped.</summary>
public sealed record StorageSpec(string Channel, IReadOnlyList<string> Disks, IReadOnlySet<string> Wipe)
{
    /// <summary>null when the host has no `microceph_disks`: it is no storage host.</summary>
    public static StorageSpec? From(InventoryHost host)
    {
        var disks = host.List(CephDisks);
        var wipe = host.List(CephWipe) ?? [];
        if (disks is null)
        {
            if (wipe.Count > 0) throw new InventoryException(host.Spot(CephWipe), $"microceph_wipe is set for {host.Name}, which has no microceph_disks", "List the disks under microceph_disks too");
            return null;
        }
        foreach (var stray in wipe.Except(disks))
        {
            throw new InventoryException(host.Spot(CephWipe), $"microceph_wipe names {stray}, which is not in microceph_disks of {host.Name}",
                "List in microceph_wipe only disks from microceph_disks, each exactly as written there");
        }

        return new(host.Text(CephChannel)!, disks, wipe.ToHashSet());
    }
}
