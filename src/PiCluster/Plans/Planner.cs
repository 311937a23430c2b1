using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Plans;

/// <summary>Facts and inventory in, the plan out. Pure: `plan` prints what this returns and `up` runs exactly that.</summary>
public static class Planner
{
    public static Plan Plan(IReadOnlyList<ClusterHost> hosts, bool repairStale)
    {
        var cluster = ClusterAnalysis.Analyse(hosts);
        var problems = HostValidation.Problems(hosts).Concat(cluster.Problems).Concat(AddonConflicts(hosts)).ToList();
        var warnings = new List<string>();
        var entries = hosts.ToDictionary(h => h.Name, h => h.Address);
        var hostPlans = hosts.Where(h => h.Selected).Select(host =>
        {
            if (host.Facts is null) return new HostPlan(host, [], []);
            var (steps, passed) = HostPreparation.Plan(host, entries, warnings);
            steps.AddRange(StoragePlanning.HostSteps(host));
            if (cluster.Members.Contains(host.Name) && host.MicroK8s is not null) passed.Add("is in the cluster");
            return new HostPlan(host, steps, passed);
        }).ToList();
        var clusterSteps = problems.Count > 0 ? [] : ClusterSteps(hosts, cluster, repairStale, warnings);
        warnings.AddRange(Outsiders(hosts, cluster));
        return new(hostPlans, clusterSteps, cluster, warnings, problems);
    }

    /// <summary>Control planes join before workers, so that HA forms as early as it can; each join waits for the one before.</summary>
    static List<HostStep> ClusterSteps(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster, bool repairStale, List<string> warnings)
    {
        var steps = new List<HostStep>();
        var joining = hosts.Where(h => h.Selected && h.Facts is not null && !cluster.Members.Contains(h.Name))
            .OrderBy(h => h.Spec.Role == MicroK8sRole.Worker);
        foreach (var host in joining) steps.AddRange(JoinSteps(host, cluster, repairStale));
        foreach (var member in hosts.Where(h => h.Selected && cluster.Members.Contains(h.Name) && h.MicroK8s is { } m && m.Role != h.Spec.Role))
            warnings.Add($"{member.Name} is a {Role(member.MicroK8s!.Role)} but the inventory says {Role(member.Spec.Role)}: PiCluster does not change the role of a member; "
                + $"to change it, run `sudo microk8s leave` on {member.Name}, `sudo microk8s remove-node {member.Name}` on a control plane, then picluster up");
        if (cluster.Issuer is { } issuer) steps.AddRange(AddonSteps(hosts, issuer));
        steps.AddRange(StoragePlanning.ClusterSteps(hosts, cluster, warnings));
        return steps;
    }

    static IEnumerable<HostStep> JoinSteps(ClusterHost host, ClusterPicture cluster, bool repairStale)
    {
        if (cluster.Issuer is not { } issuer)
        {
            yield return new Refuse(host.Name, cluster.Blocked!);
            yield break;
        }
        if (!issuer.Selected && issuer.MicroK8s?.Running != true)
        {
            yield return new Refuse(host.Name, $"{issuer.Name} forms the cluster but is outside --limit and does not run MicroK8s yet: include it in the limit");
            yield break;
        }
        if (host.MicroK8s?.Role == MicroK8sRole.Worker)
        {
            yield return new Refuse(host.Name, "it is a worker of a cluster none of the inventory's control planes is in: run `sudo microk8s leave` on it, or take it out of the inventory");
            yield break;
        }
        if (cluster.Nodes.FirstOrDefault(n => n.Name == host.Name && n.Address != host.Address) is { } namesake)
        {
            yield return new Refuse(host.Name, $"the cluster already has a node called {host.Name} at {namesake.Address}, not at {host.Address}: "
                + $"if the Pi moved, run `sudo microk8s remove-node {host.Name} --force` on {issuer.Name} and re-run");
            yield break;
        }
        if (Membership.InDatastore(cluster.Datastore, host.Address))
        {
            if (!repairStale)
            {
                yield return new Refuse(host.Name, $"the cluster's datastore still lists {host.Address} as a member (left from before {host.Name} was reset), so its join would be refused: "
                    + "re-run with --repair-stale to remove that entry and join");
                yield break;
            }
            yield return new RemoveStaleMember(host.Name, issuer.Name, host.Address);
        }
        yield return new JoinCluster(host.Name, host.Address, host.Spec.Role, issuer.Name, issuer.Address, host.Spec.ReadyTimeout);
    }

    static IEnumerable<HostStep> AddonSteps(IReadOnlyList<ClusterHost> hosts, ClusterHost issuer)
    {
        var enabled = issuer.MicroK8s?.Addons.Where(a => a.Enabled).Select(a => a.Name).ToHashSet() ?? [];
        return Wanted(hosts).Where(addon => !enabled.Contains(addon.ShortName)).Select(addon => new EnableAddon(issuer.Name, addon));
    }

    static IEnumerable<AddonSpec> Wanted(IReadOnlyList<ClusterHost> hosts) => hosts.SelectMany(h => h.Spec.Addons).DistinctBy(a => a.ShortName);

    static IEnumerable<string> AddonConflicts(IReadOnlyList<ClusterHost> hosts) =>
        hosts.SelectMany(h => h.Spec.Addons.Select(a => (Host: h.Name, Addon: a)))
            .GroupBy(x => x.Addon.ShortName)
            .Where(g => g.Select(x => x.Addon.Arguments).Distinct().Count() > 1)
            .Select(g => $"microk8s_addons asks for {g.Key} in different ways ({string.Join(", ", g.Select(x => $"{x.Addon.Text} on {x.Host}").Distinct())}), "
                + "but addons are enabled once for the whole cluster: set microk8s_addons once, under all:vars or the group");

    static IEnumerable<string> Outsiders(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster)
    {
        var outsiders = cluster.Nodes.Where(n => !hosts.Any(h => h.Name == n.Name && h.Address == n.Address)).Select(n => $"{n.Name} ({n.Address})").ToList();
        if (outsiders.Count > 0) yield return $"the cluster has nodes the inventory does not list: {string.Join(", ", outsiders)}";
    }

    static string Role(MicroK8sRole role) => role == MicroK8sRole.Worker ? "worker" : "control plane";
}
