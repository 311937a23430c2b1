using PiCluster.Recap;

namespace PiCluster.Cli.Json;

/// <summary>`status`: the cluster, and every way it differs from the inventory.</summary>
public sealed record StatusDocument(int SchemaVersion, string Command, ClusterJson Cluster, bool AsTheInventorySays, IReadOnlyList<string> Drift)
{
    public static StatusDocument From(ClusterStatus status) =>
        new(OutputJson.SchemaVersion, "status", ClusterJson.From(status.Cluster), status.AsTheInventorySays, status.Drift);
}
