using PiCluster.Cluster;
using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Storage;

/// <summary>Ceph after a run: members and their status, OSDs, health, and whether MicroK8s has the `ceph-rbd` StorageClass.</summary>
public sealed record StorageSummary(IReadOnlyList<MicroCephMember> Members, int Osds, CephHealth? Health, bool CephRbd)
{
    /// <summary>"Ceph: 3 of 3 members ONLINE, 3 OSDs, HEALTH_OK, StorageClass ceph-rbd present".</summary>
    public string Line
    {
        get
        {
            var online = Members.Count(m => m.Status == "ONLINE");
            var health = Health is null ? "health unknown"
                : Health.Status == "HEALTH_OK" || Health.Reasons.Count == 0 ? Health.Status
                : $"{Health.Status} ({string.Join("; ", Health.Reasons)})";
            return $"Ceph: {online} of {Members.Count} members ONLINE, {Osds} OSD{(Osds == 1 ? "" : "s")}, {health}, StorageClass ceph-rbd {(CephRbd ? "present" : "missing")}";
        }
    }

    /// <summary>From the facts: null when no host runs MicroCeph.</summary>
    public static StorageSummary? From(IEnumerable<ClusterHost> hosts)
    {
        var list = hosts.ToList();
        var member = list.Select(h => h.Facts?.MicroCeph).FirstOrDefault(m => m is { Members.Count: > 0 });
        if (member is null) return null;
        return new(member.Members, member.Disks.Count, member.Health, list.Any(h => h.MicroK8s?.StorageClasses.Contains("ceph-rbd") == true));
    }

    /// <summary>Reads Ceph again after changes, on a Pi that runs MicroCeph and (for the StorageClass) a control plane.</summary>
    public static async Task<StorageSummary> ReadAsync(RemoteHost storageHost, RemoteHost controlPlane, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(30);
        var members = MicroCeph.ParseMembers((await storageHost.QueryAsync(MicroCeph.Members, timeout, ct)).StdOut);
        var disks = MicroCeph.ParseDisks((await storageHost.QueryAsync(MicroCeph.Disks, timeout, ct)).StdOut);
        var health = MicroCeph.ParseHealth((await storageHost.QueryAsync(MicroCeph.Status, timeout, ct)).StdOut);
        var classes = await controlPlane.QueryAsync($"{MicroK8s.Binary} kubectl get storageclass ceph-rbd -o name", timeout, ct);
        return new(members, disks.Count, health, classes.Succeeded && classes.StdOut.Contains("ceph-rbd", StringComparison.Ordinal));
    }
}
