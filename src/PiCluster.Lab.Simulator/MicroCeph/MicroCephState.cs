namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Everything MicroCeph keeps across nodes: which node's local database belongs to which MicroCeph cluster,
/// each cluster's members, tokens, OSDs, pools and OSD map flags, and what each node's daemons run. Changed only inside MicroCephStore.Update.</summary>
public sealed record MicroCephState
{
    /// <summary>Lab node → the cluster it bootstrapped or joined (its local database is online).</summary>
    public Dictionary<string, string> Nodes { get; init; } = [];

    public Dictionary<string, CephClusterRecord> Clusters { get; init; } = [];

    /// <summary>Lab node → the microceph revision its Ceph daemons run (see CephDaemons).</summary>
    public Dictionary<string, CephDaemonRun> Daemons { get; init; } = [];

    public CephClusterRecord? ClusterOf(string node) =>
        Nodes.TryGetValue(node, out var id) ? Clusters.GetValueOrDefault(id) : null;
}
