using PiCluster.Ansible;
using Variables = PiCluster.Spec.InventoryVariables;

namespace PiCluster.Spec;

/// <summary>What the inventory asks of one host: its role, MicroK8s channel, addons and how long to wait for it.</summary>
public sealed record NodeSpec(
    string Name, MicroK8sRole Role, string Channel, IReadOnlyList<AddonSpec> Addons, TimeSpan ReadyTimeout, TimeSpan RebootTimeout)
{
    /// <summary>The MicroCeph part; null when the host carries no storage.</summary>
    public StorageSpec? Storage { get; init; }

    /// <summary>The name or address kubeconfigs reach the API server by, when it is not the control plane's own address.</summary>
    public string? ApiAddress { get; init; }

    /// <summary>How long `upgrade` lets a drain of this node run.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>`picluster_state: absent`: `up` removes the host from the cluster instead of building it.</summary>
    public bool Absent { get; init; }

    /// <summary>`picluster_allow_ha_loss`: removing control planes may leave fewer than three.</summary>
    public bool AllowHaLoss { get; init; }

    /// <summary>How long `microceph disk remove` may wait for an OSD's data to move.</summary>
    public TimeSpan RebalanceTimeout { get; init; } = TimeSpan.FromSeconds(3600);

    /// <summary>The name of the cluster, its user and its context in a kubeconfig.</summary>
    public string ClusterName { get; init; } = Variables.ClusterName.Default!;

    public static NodeSpec From(InventoryHost host) => new(
        host.Name,
        host.Text(Variables.Role) == "worker" ? MicroK8sRole.Worker : MicroK8sRole.ControlPlane,
        host.Text(Variables.MicroK8sChannel)!,
        [.. (host.List(Variables.Addons) ?? []).Select(text => AddonSpec.Parse(text, host.Spot(Variables.Addons)))],
        TimeSpan.FromSeconds(host.Number(Variables.ReadyTimeout)!.Value),
        TimeSpan.FromSeconds(host.Number(Variables.RebootTimeout)!.Value))
    {
        Storage = StorageSpec.From(host),
        ApiAddress = host.Text(Variables.ApiAddress),
        ClusterName = host.Text(Variables.ClusterName)!,
        DrainTimeout = TimeSpan.FromSeconds(host.Number(Variables.DrainTimeout)!.Value),
        Absent = host.Text(Variables.State) == "absent",
        AllowHaLoss = host.Flag(Variables.AllowHaLoss),
        RebalanceTimeout = TimeSpan.FromSeconds(host.Number(Variables.RebalanceTimeout)!.Value),
    };
}
