using PiCluster.Planning.Upgrade;

namespace PiCluster.Planning;

/// <summary>`upgrade`'s planner: every selected node to the inventory's microk8s_channel, one Kubernetes minor at a time across
/// the cluster (control planes first, one at a time, then workers), then every storage Pi to microceph_channel, one at a time
/// under `noout`. Nothing is planned for a node already there; `upgrade --plan` prints what this returns and `upgrade` runs it.</summary>
public sealed record UpgradePlanner(UpgradeOptions Options) : IPlanner
{
    public string Command => "upgrade";

    public Plan Plan(IReadOnlyList<ClusterHost> hosts)
    {
        var cluster = ClusterAnalysis.Analyse(hosts);
        var problems = HostValidation.Problems(hosts).Concat(cluster.Problems).Concat(Unready(hosts, cluster)).ToList();
        var warnings = new List<string>();
        var steps = new List<Steps.HostStep>();
        if (problems.Count == 0)
        {
            problems.AddRange(MicroK8sRoll.Plan(hosts, cluster, Options, steps));
            if (problems.Count == 0) problems.AddRange(CephRoll.Plan(hosts, Options, steps, warnings));
        }
        var hostPlans = hosts.Where(h => h.Selected).Select(h => new HostPlan(h, [], [.. Versions(h)])).ToList();
        return new(hostPlans, problems.Count == 0 ? steps : [], cluster, warnings, problems) { Command = Command, StopsAtFirstFailure = true };
    }

    /// <summary>An upgrade takes one node down at a time, so it starts only when every selected node answers and is a Ready node.</summary>
    static IEnumerable<string> Unready(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster)
    {
        foreach (var host in hosts.Where(h => h.Selected))
        {
            if (host.Facts is null)
            {
                yield return $"{host.Name} does not answer ({host.Unreachable}): an upgrade takes one node down at a time, so it starts with every node up; "
                    + "bring it back (or leave it out with --limit) and re-run";
            }
            else if (host.MicroK8s is null || !cluster.Members.Contains(host.Name))
            {
                yield return $"{host.Name} is not in the cluster yet: `picluster up` builds and grows it, `picluster upgrade` moves its nodes to new versions";
            }
            else if (cluster.Nodes.FirstOrDefault(n => n.Name == host.Name && n.Address == host.Address) is not { Ready: true })
            {
                yield return $"{host.Name} is not a Ready node: an upgrade starts from a healthy cluster; see `picluster status` and `sudo microk8s inspect` on it";
            }
        }
    }

    static IEnumerable<string> Versions(ClusterHost host)
    {
        if (host.MicroK8s is { } microk8s) yield return $"microk8s {microk8s.Channel} ({microk8s.Version})";
        if (host.Facts?.MicroCeph is { } microceph) yield return $"microceph {microceph.Channel} ({microceph.Version})";
    }
}
