using PiCluster.Facts;
using PiCluster.Steps;
using PiCluster.Storage;
using PiCluster.Tools;

namespace PiCluster.Cluster;

/// <summary>The cluster after a run, as one control plane sees it: nodes, Ready, control planes, whether HA formed, the API address.</summary>
public sealed record ClusterSummary(IReadOnlyList<ClusterNode> Nodes, IReadOnlyList<DatastoreMember> Datastore, string? ApiEndpoint)
{
    /// <summary>Ceph, when some host runs MicroCeph.</summary>
    public StorageSummary? Storage { get; init; }

    public int Ready => Nodes.Count(n => n.Ready);

    public int ControlPlanes => Nodes.Count(n => n.ControlPlane);

    /// <summary>The datastore's voting members, as `ip:19001`.</summary>
    public IReadOnlyList<string> Voters => [.. Datastore.Where(m => m.Role == "voter").Select(m => m.Address)];

    /// <summary>MicroK8s calls a cluster highly available when dqlite has more than two voters.</summary>
    public bool HighlyAvailable => Voters.Count > 2;

    public static ClusterSummary From(ClusterPicture picture) =>
        new(picture.Nodes, picture.Datastore, picture.Issuer is { } issuer && picture.Nodes.Count > 0 ? Endpoint(issuer.Address) : null);

    /// <summary>From the facts alone: the cluster, and Ceph as the hosts' probes saw it.</summary>
    public static ClusterSummary From(ClusterPicture picture, IEnumerable<ClusterHost> hosts) =>
        From(picture) with { Storage = StorageSummary.From(hosts) };

    /// <summary>Reads the cluster again after changes, from the control plane that issued the tokens.</summary>
    public static async Task<ClusterSummary> ReadAsync(RemoteHost issuer, string address, CancellationToken ct)
    {
        var nodes = await issuer.QueryAsync(MicroK8sCommands.Nodes, TimeSpan.FromSeconds(30), ct);
        var datastore = await issuer.QueryAsync($"cat {MicroK8s.DatastoreFile}", TimeSpan.FromSeconds(30), ct);
        return nodes.Succeeded
            ? new(MicroK8s.ParseNodes(nodes.StdOut), MicroK8s.ParseDatastore(datastore.StdOut), Endpoint(address))
            : new([], [], null);
    }

    static string Endpoint(string address) => $"https://{address}:16443";
}
