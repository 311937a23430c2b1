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

    /// <summary>Removing control planes may leave fewer than three (--allow-ha-loss).</summary>
    public bool AllowHaLoss { get; init; }

    /// <summary>Removing storage may leave Ceph with fewer copies or monitors than it wants, or go on from a Ceph that is not
    /// healthy (--allow-degraded).</summary>
    public bool AllowDegraded { get; init; }

    public List<HostStep> Steps { get; } = [];

    public void Add(HostStep step) => Steps.Add(step);

    public void Warn(string warning) => warnings.Add(warning);
}
