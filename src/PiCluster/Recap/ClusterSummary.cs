using PiCluster.Planning;
using PiCluster.Tools;

namespace PiCluster.Recap;

/// <summary>The cluster as the facts show it, the same object in `plan`, `up` (from the facts read after its changes) and `status`:
/// nodes, datastore voters, whether HA formed, the API address (picluster_api_address when set), the enabled addons and Ceph.</summary>
public sealed record ClusterSummary(
    IReadOnlyList<NodeSummary> Nodes, IReadOnlyList<string> Voters, string? ApiEndpoint, IReadOnlyList<string> Addons, StorageSummary? Storage)
{
    public int Ready => Nodes.Count(n => n.Ready);

    public int ControlPlanes => Nodes.Count(n => n.ControlPlane);

    /// <summary>MicroK8s calls a cluster highly available when dqlite has more than two voters.</summary>
    public bool HighlyAvailable => Voters.Count > 2;

    public static ClusterSummary From(ClusterPicture picture, IReadOnlyList<ClusterHost> hosts)
    {
        var nodes = picture.Nodes.Select(node =>
        {
            var host = hosts.FirstOrDefault(h => h.Name == node.Name && h.Address == node.Address);
            return new NodeSummary(node.Name, node.Address, node.ControlPlane, node.Ready, host?.MicroK8s?.Channel, host?.MicroK8s?.Version, host is not null);
        }).ToList();
        return new(
            nodes,
            [.. picture.Datastore.Where(m => m.Role == "voter").Select(m => m.Address)],
            picture.Issuer is { } issuer && nodes.Count > 0 ? MicroK8s.ApiUrl(issuer.Spec.ApiAddress ?? issuer.Address) : null,
            [.. picture.Issuer?.MicroK8s?.Addons.Where(a => a.Enabled).Select(a => a.Name) ?? []],
            StorageSummary.From(hosts));
    }
}
