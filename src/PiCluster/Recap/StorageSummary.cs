using PiCluster.Facts;
using PiCluster.Planning;

namespace PiCluster.Recap;

/// <summary>Ceph as the storage Pis' facts show it: members and their status, the OSDs Ceph counts (up and in) and those MicroCeph
/// has configured, health, and whether MicroK8s has the `ceph-rbd` StorageClass.</summary>
public sealed record StorageSummary(IReadOnlyList<MicroCephMember> Members, int ConfiguredDisks, CephHealth? Health, bool CephRbd)
{
    /// <summary>"Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present".</summary>
    public string Line
    {
        get
        {
            var online = Members.Count(m => m.Online);
            var osds = Health is { } known
                ? $"{Plural(known.Osds, "OSD")} ({known.OsdsUp} up, {known.OsdsIn} in)"
                : $"{Plural(ConfiguredDisks, "OSD")} configured";
            var health = Health is null ? "health unknown"
                : Health.Status == "HEALTH_OK" || Health.Reasons.Count == 0 ? Health.Status
                : $"{Health.Status} ({string.Join("; ", Health.Reasons)})";
            return $"Ceph: {online} of {Members.Count} members ONLINE, {osds}, {health}, StorageClass ceph-rbd {(CephRbd ? "present" : "missing")}";
        }
    }

    /// <summary>null when no host runs MicroCeph in a cluster.</summary>
    public static StorageSummary? From(IEnumerable<ClusterHost> hosts)
    {
        var list = hosts.ToList();
        var member = list.Select(h => h.Facts?.MicroCeph).FirstOrDefault(m => m is { Members.Count: > 0 });
        if (member is null) return null;
        return new(member.Members, member.Disks.Count, member.Health, list.Any(h => h.MicroK8s?.StorageClasses.Contains("ceph-rbd") == true));
    }

    static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
