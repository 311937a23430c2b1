namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>Everything MicroK8s keeps across nodes: which node runs MicroK8s in which cluster, and each cluster's
/// datastore, Kubernetes nodes and addons. Mutable because it is only changed inside ClusterStore.Update.</summary>
public sealed record ClusterState
{
    public Dictionary<string, NodeRecord> Nodes { get; init; } = [];

    public Dictionary<string, ClusterRecord> Clusters { get; init; } = [];

    public NodeRecord? Node(string name) => Nodes.GetValueOrDefault(name);

    public ClusterRecord? ClusterOf(string node) =>
        Node(node) is { Cluster: var id } ? Clusters.GetValueOrDefault(id) : null;

    /// <summary>Drops clusters that no installed node belongs to any more.</summary>
    public void Prune()
    {
        foreach (var id in Clusters.Keys.Where(id => Nodes.Values.All(n => n.Cluster != id)).ToList())
            Clusters.Remove(id);
    }
}
