using PiCluster.Planning;
using PiCluster.Recap;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>What a cluster run did: the plan; after `up`, each step as it ended and the recap per host; and the cluster as the last
/// facts show it.</summary>
public sealed record RunResult(Plan Plan, IReadOnlyList<StepEvent> Done, IReadOnlyList<HostRecap>? Recap, ClusterSummary Cluster)
{
    /// <summary>Every host answered and no step failed (for a plan: `up` could make every host as the inventory says).</summary>
    public bool Succeeded => Recap is null ? Plan.Achievable : !Plan.Refused && Recap.All(h => !h.Unreachable && h.Failed == 0);
}
