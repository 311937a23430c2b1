namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>How a node's cluster membership changes. A node that moves abandons its old cluster: if others remain
/// there, its dqlite entry and Node object stay behind as stale records, as on real MicroK8s.</summary>
public static class Membership
{
    public static void Join(ClusterState state, LabNode joiner, string hostname, string clusterId, bool worker)
    {
        var record = state.Node(joiner.Name)!;
        if (!state.Clusters.TryGetValue(clusterId, out var cluster))
        {
            Wreck(state, joiner.Name);
            return;
        }

        if (!worker)
        {
            cluster.Dqlite.Add(new DqliteMember($"{joiner.Address}:19001", joiner.Name, SingleNodeCluster.NewDqliteId(), DqliteMember.Spare));
            cluster.AssignRoles();
        }

        var existing = cluster.KubeNodes.FirstOrDefault(n => n.Name == hostname);
        cluster.KubeNodes.RemoveAll(n => n.Name == hostname);
        cluster.KubeNodes.Add(new KubeNode(
            hostname, joiner.Address, joiner.Name, worker, existing?.Created ?? DateTimeOffset.UtcNow, record.KubeletVersion));
        record.Cluster = clusterId;
        record.Worker = worker;
        record.Clustered = true;
        record.Broken = false;
        record.Joining = false;
        record.Stopped = false;
        record.ReadyAt = DateTimeOffset.UtcNow;
        record.MemoryCgroup = NodeEnvironment.MemoryCgroup();
        FinishJoin(cluster, joiner.Name);
    }

    /// <summary>The join "succeeded" but the datastore never came up: MicroK8s stays down on that node.</summary>
    public static void Wreck(ClusterState state, string node)
    {
        var record = state.Node(node)!;
        foreach (var cluster in state.Clusters.Values)
            FinishJoin(cluster, node);

        record.Cluster = "";
        record.Worker = false;
        record.Clustered = true;
        record.Broken = true;
        record.Joining = false;
    }

    public static void LeaveDqlite(ClusterRecord cluster, string node)
    {
        cluster.Dqlite.RemoveAll(m => m.Node == node);
        cluster.AssignRoles();
    }

    static void FinishJoin(ClusterRecord cluster, string node)
    {
        if (cluster.JoiningNode == node)
            cluster.JoiningNode = null;
    }
}
