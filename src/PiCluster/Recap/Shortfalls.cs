using PiCluster.Planning;

namespace PiCluster.Recap;

/// <summary>How the cluster ends a run short of the inventory, one line per selected host: one that does not answer, is no
/// Ready node of the cluster at its address, or (a storage Pi) no ONLINE member of Ceph. A run with any ends in failure,
/// even when no step failed: a Pi can go down while another Pi's step runs. Hosts the recap already shows failed or
/// unreachable are not repeated. A host marked absent falls short while the cluster or Ceph still lists it.</summary>
public static class Shortfalls
{
    public static IReadOnlyList<string> Of(IReadOnlyList<ClusterHost> after, ClusterSummary cluster, IReadOnlyList<HostRecap> recap) =>
        [.. after.Where(h => h.Selected && !recap.Any(r => r.Host == h.Name && (r.Unreachable || r.Failed > 0))).SelectMany(host => Of(host, cluster))];

    static IEnumerable<string> Of(ClusterHost host, ClusterSummary cluster)
    {
        if (host.Spec.Absent)
        {
            if (cluster.Nodes.Any(n => n.Name == host.Name)) yield return $"{host.Name} was to leave but is still a node of the cluster at the end of the run";
            if (cluster.Storage is { } ceph && ceph.Members.Any(m => m.Name == host.Name)) yield return $"{host.Name} was to leave but is still a member of Ceph at the end of the run";
            yield break;
        }
        if (host.Facts is null)
        {
            yield return $"{host.Name} does not answer at the end of the run: {host.Unreachable}";
            yield break;
        }
        if (!cluster.Nodes.Any(n => n.Name == host.Name && n.Address == host.Address && n.Ready))
            yield return $"{host.Name} is not a Ready node of the cluster at {host.Address} at the end of the run";
        if (host.Spec.Storage is not null && cluster.Storage is { } storage && !storage.Members.Any(m => m.Name == host.Name && m.Status == "ONLINE"))
            yield return $"{host.Name} is not an ONLINE member of Ceph at the end of the run";
    }
}
