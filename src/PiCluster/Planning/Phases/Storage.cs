namespace PiCluster.Planning.Phases;

/// <summary>What the Ceph phases share: the storage Pis, the MicroCeph members they report, and the member that lets others in.</summary>
static class Storage
{
    /// <summary>Absent hosts are not among them: they leave Ceph (the removal phase), and never form or let in anyone.</summary>
    public static List<ClusterHost> Hosts(ClusterPlanning plan) => [.. plan.Hosts.Where(h => h.Spec.Storage is not null && !h.Spec.Absent)];

    public static HashSet<string> Members(List<ClusterHost> storage) =>
        [.. storage.SelectMany(h => h.Facts?.MicroCeph?.Members ?? []).Select(m => m.Name)];

    /// <summary>A member that reports itself ONLINE; before there is a Ceph cluster, the first storage Pi, which forms it.</summary>
    public static ClusterHost? Seed(List<ClusterHost> storage) =>
        Members(storage).Count > 0
            ? storage.FirstOrDefault(h => h.Facts?.MicroCeph?.Members.Any(m => m.Name == h.Name && m.Online) == true)
            : storage.FirstOrDefault();
}
