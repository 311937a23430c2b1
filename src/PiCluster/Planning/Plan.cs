using PiCluster.Steps;

namespace PiCluster.Planning;

/// <summary>Everything a command will do: each host's preparation (run in parallel), then the cluster steps (run one at a time),
/// or the problems that stop it from doing anything.</summary>
public sealed record Plan(
    IReadOnlyList<HostPlan> Hosts,
    IReadOnlyList<HostStep> ClusterSteps,
    ClusterPicture Cluster,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Problems)
{
    public bool Refused => Problems.Count > 0;

    /// <summary>The command the plan is for, as the run lock and messages name it: "up", "upgrade".</summary>
    public string Command { get; init; } = "up";

    /// <summary>No cluster step runs after one fails (but those that undo a temporary setting): a rolling upgrade leaves every
    /// other node as it was.</summary>
    public bool StopsAtFirstFailure { get; init; }

    /// <summary>Hosts outside --limit the run reaches: the cluster's control planes, read, and asked for join tokens when a Pi joins.</summary>
    public IReadOnlyList<string> ReadOnly { get; init; } = [];

    /// <summary>Whether `up` could bring every selected host to what the inventory says: all answered and no join is refused.</summary>
    public bool Achievable => !Refused && Hosts.All(h => h.Reachable || h.Host.Spec.Absent) && !ClusterSteps.OfType<Refuse>().Any();

    public IEnumerable<HostStep> StepsOf(string host) =>
        Hosts.Where(h => h.Name == host).SelectMany(h => h.Steps).Concat(ClusterSteps.Where(s => s.Host == host));

    public int ChangeCount => Changes.Count();

    public int ChangedHostCount => Changes.Select(s => s.Host).Distinct().Count();

    IEnumerable<HostStep> Changes => Hosts.SelectMany(h => h.Steps).Concat(ClusterSteps).Where(s => s.Changes);
}
