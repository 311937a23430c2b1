namespace PiCluster.Tools;

/// <summary>Kernel modules the cluster needs: vxlan for Calico's overlay network, rbd for Ceph block devices.</summary>
public static class KernelModules
{
    public static readonly IReadOnlyList<string> Needed = ["vxlan", "rbd"];
}
