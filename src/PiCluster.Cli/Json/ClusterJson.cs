using PiCluster.Recap;

namespace PiCluster.Cli.Json;

/// <summary>The cluster, the same object in `plan`, `up` and `status`.</summary>
public sealed record ClusterJson(
    IReadOnlyList<NodeSummary> Nodes, int ReadyNodes, int ControlPlanes, IReadOnlyList<string> Voters, bool HighAvailability, string? Api,
    IReadOnlyList<string> Addons, StorageJson? Storage)
{
    public static ClusterJson From(ClusterSummary cluster) => new(
        cluster.Nodes, cluster.Ready, cluster.ControlPlanes, cluster.Voters, cluster.HighlyAvailable, cluster.ApiEndpoint, cluster.Addons,
        cluster.Storage is { } storage ? StorageJson.From(storage) : null);
}

/// <summary>Ceph: its members, the OSDs Ceph counts (null when its health could not be read) and those MicroCeph configured.</summary>
public sealed record StorageJson(
    IReadOnlyList<CephMemberJson> Members, int? Osds, int? OsdsUp, int? OsdsIn, int ConfiguredDisks, string? Health, IReadOnlyList<string> HealthReasons, bool CephRbd)
{
    public static StorageJson From(StorageSummary storage) => new(
        [.. storage.Members.Select(m => new CephMemberJson(m.Name, m.Address, m.Status))],
        storage.Health?.Osds, storage.Health?.OsdsUp, storage.Health?.OsdsIn, storage.ConfiguredDisks,
        storage.Health?.Status, storage.Health?.Reasons ?? [], storage.CephRbd);
}

public sealed record CephMemberJson(string Name, string Address, string Status);
