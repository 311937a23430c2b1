using PiCluster.Planning.Phases;

namespace PiCluster.Planning;

/// <summary>What `up` does, in the order it does it. Each phase reads the facts and plans the steps it finds work for, or notes
/// the check as passed. The host phases plan every selected Pi (the Pis then run in parallel, each in this order); the
/// cluster phases follow, and their steps run one at a time. Add a phase here, and its steps in Steps/.</summary>
public static class UpPhases
{
    public static readonly IReadOnlyList<Action<HostPlanning>> Host =
    [
        CloudInitPhase.Plan,        // the drop-in that keeps cloud-init from undoing the hostname and /etc/hosts
        HostnamePhase.Plan,         // hostnamectl set-hostname
        MemoryCgroupPhase.Plan,     // cmdline.txt flags (or its repair), then a reboot
        HostsFilePhase.Plan,        // every node's name on its address
        ClockPhase.Plan,            // a bounded wait for NTP
        MicroK8sPhase.Plan,         // install, hold, group, ready
        MicroCephInstallPhase.Plan, // install and hold on storage Pis
        ExposedPasswordPhase.Plan,  // a warning only
    ];

    public static readonly IReadOnlyList<Action<ClusterPlanning>> Cluster =
    [
        JoinPhase.Plan,             // control planes, then workers, each with a fresh token
        ApiAddressPhase.Plan,       // picluster_api_address in each control plane's API certificate, one at a time
        AddonPhase.Plan,            // microk8s enable, once for the cluster
        CephMembersPhase.Plan,      // bootstrap MicroCeph, or join it
        CephDisksPhase.Plan,        // the listed disks that are safe, as OSDs
        CephInMicroK8sPhase.Plan,   // rook-ceph and the ceph-rbd StorageClass
        RemovalPhase.Plan,          // hosts marked absent leave Ceph, then the cluster; last, so what joins above counts
    ];
}
