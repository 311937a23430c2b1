using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>MicroK8s uses Ceph through rook-ceph and `connect-external-ceph`, which reads the local MicroCeph's conf and exists
/// only where `enable rook-ceph` ran: so both run on the first control plane that is a storage Pi.</summary>
public static class CephInMicroK8sPhase
{
    static readonly AddonSpec RookCeph = new("rook-ceph", null);

    public static void Plan(ClusterPlanning plan)
    {
        var storage = Storage.Hosts(plan);
        if (storage.Count == 0) return;
        var rook = storage.FirstOrDefault(h => h.Spec.Role == MicroK8sRole.ControlPlane && h.Facts is not null);
        if (rook is null)
        {
            plan.Warn("no control plane that answers runs MicroCeph, so MicroK8s is not connected to Ceph: give a control plane microceph_disks (it may be [])");
            return;
        }
        var addons = plan.Cluster.Issuer?.MicroK8s?.Addons ?? rook.MicroK8s?.Addons ?? [];
        if (!addons.Any(a => a.Enabled && RookCeph.Matches(a.Name, a.Repository))) plan.Add(new EnableAddon(rook.Name, RookCeph));
        if (rook.MicroK8s?.StorageClasses.Contains("ceph-rbd") != true) plan.Add(new ConnectExternalCeph(rook.Name));
    }
}
