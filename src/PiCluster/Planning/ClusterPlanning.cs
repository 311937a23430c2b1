using PiCluster.Steps;

namespace PiCluster.Planning;

/// <summary>The cluster steps as the cluster phases build them, in the order they will run, one at a time.</summary>
public sealed class ClusterPlanning(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster, bool repairStale, List<string> warnings)
{
    /// <summary>Every inventory host, selected or not, with its facts when it answered.</summary>
    public IReadOnlyList<ClusterHost> Hosts => hosts;

    public ClusterPicture Cluster => cluster;

    /// <summary>Whether a stale datastore entry of a re-flashed Pi may be removed (--repair-stale).</summary>
    public bool RepairStale => repairStale;

    public List<HostStep> Steps { get; } = [];

    public void Add(HostStep step) => Steps.Add(step);

    public void Warn(string warning) => warnings.Add(warning);
}
