using PiCluster.Planning;
using PiCluster.Recap;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>What a cluster run did: the plan; after `up`, each step as it ended and the recap per host; the cluster as the last
/// facts show it; and after `up`, how that cluster falls short of the inventory.</summary>
public sealed record RunResult(Plan Plan, IReadOnlyList<StepEvent> Done, IReadOnlyList<HostRecap>? Recap, ClusterSummary Cluster)
{
    public IReadOnlyList<string> Shortfalls { get; init; } = [];

    /// <summary>Each selected host's MicroK8s and MicroCeph before the run and as read after it (after `up` and `upgrade`).</summary>
    public IReadOnlyList<HostVersions> Versions { get; init; } = [];

    /// <summary>The plan was shown and not carried out: `upgrade --plan`, or the question was answered no.</summary>
    public bool NotApplied { get; init; }

    /// <summary>Ctrl-C stopped the run: the steps that ran are in <see cref="Done"/>, the cluster is as it was before.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Every host answered, no step failed and the cluster is as the inventory says (for a plan: `up` could make it so).</summary>
    public bool Succeeded => Recap is null ? Plan.Achievable : !Plan.Refused && Recap.All(h => (!h.Unreachable || Absent(h.Host)) && h.Failed == 0) && Shortfalls.Count == 0;

    /// <summary>A host marked absent may not answer: it is removed from the others' side.</summary>
    bool Absent(string host) => Plan.Hosts.Any(h => h.Name == host && h.Host.Spec.Absent);
}
