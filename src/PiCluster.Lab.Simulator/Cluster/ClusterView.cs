namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>Derived health at one moment: which services run, whether the API answers, each Node's Ready condition.</summary>
public sealed class ClusterView(Invocation invocation, ClusterState state)
{
    readonly string self = invocation.Node;

    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    public ClusterState State => state;

    public NodeRecord? Self => state.Node(self);

    public ClusterRecord? Cluster => state.ClusterOf(self);

    public string Power(string node) => node == self ? "on" : LabJson.ReadPower(invocation.Paths, node);

    /// <summary>The node is powered and MicroK8s's services are up (not stopped, not wrecked by a failed join).</summary>
    public bool Running(string node) =>
        Power(node) == "on" && state.Node(node) is { Stopped: false, Broken: false };

    public bool Started(string node) => Running(node) && state.Node(node)!.ReadyAt <= Now;

    /// <summary>kube-apiserver on this node answers: it runs and dqlite has a quorum of reachable voters.</summary>
    public bool ApiUp =>
        Self is { Worker: false } && Cluster is { } cluster && Started(self) && HasQuorum(cluster);

    /// <summary>k8s-dqlite on this node answers: its services run and dqlite has a quorum of reachable voters.</summary>
    public bool DatastoreUp =>
        Self is { Worker: false } && Cluster is { } cluster && Running(self) && HasQuorum(cluster);

    /// <summary>What `microk8s status` calls ready: the API answers and at least one node is Ready.</summary>
    public bool Ready => ApiUp && Cluster!.KubeNodes.Any(n => Condition(n) == NodeCondition.Ready);

    public NodeCondition Condition(KubeNode node)
    {
        var record = state.Node(node.Node);
        if (record is null || record.Cluster != Cluster?.Id || !Running(node.Node) || LabAddress(node.Node) != node.Address)
            return NodeCondition.Unknown;

        return record.ReadyAt <= Now && record.MemoryCgroup ? NodeCondition.Ready : NodeCondition.NotReady;
    }

    bool HasQuorum(ClusterRecord cluster)
    {
        var voters = cluster.WithRole(DqliteMember.Voter).ToList();
        var up = voters.Count(v => state.Node(v.Node)?.Cluster == cluster.Id && Running(v.Node));
        return up * 2 > voters.Count;
    }

    public int MemoryGb(string node) => invocation.Settings.FindNode(node)?.MemoryGb ?? 4;

    string? LabAddress(string node) => invocation.Settings.FindNode(node)?.Address;
}

public enum NodeCondition
{
    Ready,
    NotReady,
    Unknown,
}
