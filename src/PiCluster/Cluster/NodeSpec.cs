using System.Text.RegularExpressions;
using PiCluster.Facts;
using PiCluster.Hosts;
using PiCluster.Storage;

namespace PiCluster.Cluster;

/// <summary>What the inventory asks of one host: its role, MicroK8s channel, addons and how long to wait for it.</summary>
public sealed partial record NodeSpec(
    string Name, MicroK8sRole Role, string Channel, IReadOnlyList<AddonSpec> Addons, TimeSpan ReadyTimeout, TimeSpan RebootTimeout)
{
    /// <summary>The MicroCeph part; null when the host carries no storage.</summary>
    public StorageSpec? Storage { get; init; }

    public const string DefaultChannel = "1.35/stable";

    public static NodeSpec From(InventoryHost host)
    {
        var channel = host.GetString("microk8s_channel") ?? DefaultChannel;
        if (!SnapChannel().IsMatch(channel))
            throw new InventoryException(Spot(host, "microk8s_channel"), $"microk8s_channel '{channel}' is not a snap channel",
                $"Write track/risk, e.g. {DefaultChannel}");
        var addonsSpot = Spot(host, "microk8s_addons");
        return new(
            host.Name,
            host.GetString("picluster_role") == "worker" ? MicroK8sRole.Worker : MicroK8sRole.ControlPlane,
            channel,
            [.. (host.GetStringList("microk8s_addons") ?? []).Select(text => AddonSpec.Parse(text, addonsSpot))],
            Seconds(host, "picluster_ready_timeout", 300),
            Seconds(host, "picluster_reboot_timeout", 600))
        {
            Storage = StorageSpec.From(host),
        };
    }

    static TimeSpan Seconds(InventoryHost host, string name, int otherwise)
    {
        var seconds = host.GetInt(name) ?? otherwise;
        if (seconds < 1) throw new InventoryException(Spot(host, name), $"{name} must be 1 second or more, got {seconds}", $"Set it to a number of seconds, e.g. {otherwise}");
        return TimeSpan.FromSeconds(seconds);
    }

    static SourceSpot? Spot(InventoryHost host, string name) => host.Vars.TryGetValue(name, out var variable) ? variable.Where : null;

    [GeneratedRegex(@"^(latest|[0-9]+\.[0-9]+(-[a-z]+)?)/(stable|candidate|beta|edge)(/[a-z0-9-]+)?$")]
    private static partial Regex SnapChannel();
}
