using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Steps;
using PiCluster.Storage;

namespace PiCluster.Plans;

/// <summary>Decides the MicroCeph work from the storage hosts' facts: install, form or join the Ceph cluster, add the
/// listed disks when safe, and wire MicroK8s to it on a control plane that runs MicroCeph. Pure.</summary>
public static class StoragePlanning
{
    static readonly AddonSpec RookCeph = new("rook-ceph", null);

    /// <summary>Per storage host, what to install (run with its preparation).</summary>
    public static IEnumerable<HostStep> HostSteps(ClusterHost host)
    {
        if (host.Spec.Storage is not { } storage || host.Facts is not { } facts) yield break;
        if (facts.MicroCeph is null) yield return new InstallMicroCeph(host.Name, storage.Channel);
        if (facts.MicroCeph?.Held != true) yield return new HoldMicroCeph(host.Name);
    }

    /// <summary>After the MicroK8s cluster steps, one at a time: bootstrap or joins, then disks, then the MicroK8s side.</summary>
    public static IEnumerable<HostStep> ClusterSteps(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster, List<string> warnings)
    {
        var storage = hosts.Where(h => h.Spec.Storage is not null).ToList();
        if (storage.Count == 0) yield break;
        var members = storage.SelectMany(h => h.Facts?.MicroCeph?.Members ?? []).Select(m => m.Name).ToHashSet();
        var seed = members.Count > 0
            ? storage.FirstOrDefault(h => h.Facts?.MicroCeph?.Members.Any(m => m.Name == h.Name && m.Status == "ONLINE") == true)
            : storage[0];
        foreach (var host in storage.Where(h => h.Selected && h.Facts is not null))
        {
            if (seed is null || seed.Facts is null)
            {
                yield return new Refuse(host.Name, members.Count > 0
                    ? "no member of the Ceph cluster answers, so nothing can join it or add disks: bring one up and re-run"
                    : $"{storage[0].Name}, the first storage host in the inventory, which forms the Ceph cluster, does not answer: bring it up and re-run");
                continue;
            }
            if (members.Count == 0 && host == seed) yield return new BootstrapMicroCeph(host.Name);
            else if (!members.Contains(host.Name)) yield return new JoinMicroCeph(host.Name, seed.Name);
        }
        var configured = storage.SelectMany(h => h.Facts?.MicroCeph?.Disks ?? []).ToList();
        foreach (var host in storage.Where(h => h.Selected && h.Facts is not null && seed?.Facts is not null))
        {
            var mine = configured.Where(d => d.Location == host.Name).Select(d => d.Path).ToList();
            foreach (var disk in host.Spec.Storage!.Disks)
            {
                var verdict = DiskSafety.Judge(host.Name, disk, host.Spec.Storage.Wipe.Contains(disk), host.Facts!.Disks, host.Facts.DiskIds, mine);
                if (verdict.Refusal is { } why) yield return new Refuse(host.Name, why);
                else if (verdict.ToAdd) yield return new AddDisk(host.Name, verdict);
            }
        }
        foreach (var step in MicroK8sSide(storage, cluster, warnings)) yield return step;
    }

    /// <summary>`connect-external-ceph` reads the local MicroCeph's conf and exists only where `enable rook-ceph` ran.</summary>
    static IEnumerable<HostStep> MicroK8sSide(List<ClusterHost> storage, ClusterPicture cluster, List<string> warnings)
    {
        var rook = storage.FirstOrDefault(h => h.Spec.Role == MicroK8sRole.ControlPlane && h.Facts is not null);
        if (rook is null)
        {
            warnings.Add("no control plane that answers runs MicroCeph, so MicroK8s is not connected to Ceph: give a control plane microceph_disks (it may be [])");
            yield break;
        }
        var addons = cluster.Issuer?.MicroK8s?.Addons ?? rook.MicroK8s?.Addons ?? [];
        if (!addons.Any(a => a.Name == RookCeph.Name && a.Enabled)) yield return new EnableAddon(rook.Name, RookCeph);
        if (rook.MicroK8s?.StorageClasses.Contains("ceph-rbd") != true) yield return new ConnectExternalCeph(rook.Name);
    }
}
