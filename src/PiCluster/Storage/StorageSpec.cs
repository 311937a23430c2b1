using System.Text.RegularExpressions;
using PiCluster.Hosts;

namespace PiCluster.Storage;

/// <summary>What the inventory asks of a storage host: the MicroCeph channel, the disks to make OSDs, and which of them may be wiped.</summary>
public sealed partial record StorageSpec(string Channel, IReadOnlyList<string> Disks, IReadOnlySet<string> Wipe)
{
    public const string DefaultChannel = "squid/stable";

    /// <summary>null when the host has no `microceph_disks`: it is no storage host.</summary>
    public static StorageSpec? From(InventoryHost host)
    {
        var disks = host.GetStringList("microceph_disks");
        var wipe = host.GetStringList("microceph_wipe") ?? [];
        if (disks is null)
        {
            if (wipe.Count > 0) throw new InventoryException(Spot(host, "microceph_wipe"), $"microceph_wipe is set for {host.Name}, which has no microceph_disks", "List the disks under microceph_disks too");
            return null;
        }
        foreach (var disk in disks.Where(d => !Disk().IsMatch(d)))
            throw new InventoryException(Spot(host, "microceph_disks"), $"microceph_disks: '{disk}' is neither an absolute device path nor a loop spec",
                "Name each disk by its /dev/disk/by-id/… path (stable across reboots), or write loop,SIZE,COUNT such as loop,4G,3 for a trial");
        foreach (var stray in wipe.Except(disks))
            throw new InventoryException(Spot(host, "microceph_wipe"), $"microceph_wipe names {stray}, which is not in microceph_disks of {host.Name}",
                "List in microceph_wipe only disks from microceph_disks, each exactly as written there");
        var channel = host.GetString("microceph_channel") ?? DefaultChannel;
        if (!SnapChannel().IsMatch(channel))
            throw new InventoryException(Spot(host, "microceph_channel"), $"microceph_channel '{channel}' is not a snap channel", $"Write track/risk, e.g. {DefaultChannel}");
        return new(channel, disks, wipe.ToHashSet());
    }

    static SourceSpot? Spot(InventoryHost host, string name) => host.Vars.TryGetValue(name, out var variable) ? variable.Where : null;

    [GeneratedRegex(@"^(/dev/[A-Za-z0-9._:/@+=-]+|loop,[1-9][0-9]*[MGT],[1-9][0-9]*)$")]
    private static partial Regex Disk();

    [GeneratedRegex(@"^[a-z0-9.-]+/(stable|candidate|beta|edge)(/[a-z0-9-]+)?$")]
    private static partial Regex SnapChannel();
}
