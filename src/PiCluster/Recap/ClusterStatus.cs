using PiCluster.Planning;
using PiCluster.Steps;

namespace PiCluster.Recap;

/// <summary>The cluster as it is, and every way it differs from the inventory. Pure: built from the same facts and plan `up` uses.</summary>
public sealed record ClusterStatus(ClusterSummary Cluster, IReadOnlyList<string> Drift)
{
    public bool AsTheInventorySays => Drift.Count == 0;

    public static ClusterStatus From(Plan plan)
    {
        var hosts = plan.Hosts.Select(h => h.Host).ToList();
        var summary = ClusterSummary.From(plan.Cluster, hosts);
        return new(summary, [.. Differences(plan, hosts, summary.Storage)]);
    }

    static IEnumerable<string> Differences(Plan plan, List<ClusterHost> hosts, StorageSummary? storage)
    {
        foreach (var problem in plan.Problems) yield return problem;
        foreach (var host in hosts.Where(h => h.Facts is null && !h.Spec.Absent)) yield return $"{host.Name} does not answer: {host.Unreachable}";
        foreach (var host in hosts.Where(h => h.Spec.Absent && plan.StepsOf(h.Name).Any(s => s.Changes)))
            yield return $"{host.Name} is marked absent and is still in the cluster: `picluster up` removes it";
        if (plan.Cluster.Blocked is { } blocked) yield return blocked;
        else if (plan.Cluster.Nodes.Count == 0) yield return "there is no cluster yet: `picluster up` forms it";
        foreach (var host in hosts.Where(h => h.Facts is not null && !h.Spec.Absent && !plan.Cluster.Members.Contains(h.Name)))
            yield return $"{host.Name} is in the inventory but not in the cluster";
        foreach (var node in plan.Cluster.Nodes.Where(n => !n.Ready)) yield return $"{node.Name} is not Ready";
        foreach (var warning in plan.Warnings) yield return warning;
        foreach (var refusal in plan.ClusterSteps.OfType<Refuse>()) yield return $"{refusal.Host}: {refusal.Reason}";
        if (storage?.Health is { Status: not "HEALTH_OK" } health)
            yield return $"Ceph reports {health.Status}{(health.Reasons.Count > 0 ? ": " + string.Join("; ", health.Reasons) : "")}";
        if (plan.ChangeCount > 0)
            yield return $"`picluster up` would make {plan.ChangeCount} change{(plan.ChangeCount == 1 ? "" : "s")} on {plan.ChangedHostCount} host{(plan.ChangedHostCount == 1 ? "" : "s")} (`picluster plan` lists them)";
    }
}
