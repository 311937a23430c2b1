using System.Security.Cryptography;

namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>A fresh MicroK8s is a cluster of one: dqlite on 127.0.0.1:19001, its own Node object, default addons.</summary>
public static class SingleNodeCluster
{
    public static readonly string[] DefaultAddons = ["dns"];

    public static ClusterRecord Create(ClusterState state, LabNode node, string kubeletVersion, DateTimeOffset readyAt)
    {
        var cluster = new ClusterRecord
        {
            Id = $"{node.Name}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
            CaSeed = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)),
            Addons = [.. DefaultAddons],
        };
        cluster.Dqlite.Add(new DqliteMember("127.0.0.1:19001", node.Name, NewDqliteId(), DqliteMember.Voter));
        cluster.KubeNodes.Add(new KubeNode(
            NodeEnvironment.Hostname(), node.Address, node.Name, Worker: false, DateTimeOffset.UtcNow, kubeletVersion));
        state.Clusters[cluster.Id] = cluster;

        var record = state.Node(node.Name) ?? new NodeRecord { Cluster = cluster.Id, KubeletVersion = kubeletVersion };
        record.Cluster = cluster.Id;
        record.KubeletVersion = kubeletVersion;
        record.Worker = false;
        record.Clustered = false;
        record.Stopped = false;
        record.Broken = false;
        record.Joining = false;
        record.ReadyAt = readyAt;
        record.MemoryCgroup = NodeEnvironment.MemoryCgroup();
        state.Nodes[node.Name] = record;
        return cluster;
    }

    public static ulong NewDqliteId() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 1;
}
