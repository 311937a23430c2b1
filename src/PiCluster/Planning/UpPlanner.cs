namespace PiCluster.Planning;

/// <summary>`up`'s planner: validation first, then the phases of <see cref="UpPhases"/> in order. `plan` prints what this
/// returns and `up` runs exactly that.</summary>
public sealed record UpPlanner(bool RepairStale) : IPlanner
{
    public string Command => "up";

    /// <summary>--allow-ha-loss: removing control planes may leave fewer than three.</summary>
    public bool AllowHaLoss { get; init; }

    /// <summary>--allow-degraded: removing storage may leave Ceph degraded.</summary>
    public bool AllowDegraded { get; init; }

    public Plan Plan(IReadOnlyList<ClusterHost> hosts)
    {
        var cluster = ClusterAnalysis.Analyse(hosts);
        var problems = HostValidation.Problems(hosts).Concat(cluster.Problems).Concat(AddonConflicts(hosts)).ToList();
        var warnings = new List<string>();
        var addresses = hosts.Where(h => !h.Spec.Absent).ToDictionary(h => h.Name, h => h.Address);
        var gone = hosts.Where(h => h.Spec.Absent).Select(h => h.Name).ToHashSet();
        var hostPlans = hosts.Where(h => h.Selected).Select(host =>
        {
            if (host.Facts is null || host.Spec.Absent) return new HostPlan(host, [], []);
            var planning = new HostPlanning(host, cluster, addresses, gone, warnings);
            foreach (var phase in UpPhases.Host) phase(planning);
            if (cluster.Members.Contains(host.Name) && host.MicroK8s is not null) planning.Passed.Add("is in the cluster");
            return new HostPlan(host, planning.Steps, planning.Passed);
        }).ToList();
        var clusterPlanning = new ClusterPlanning(hosts, cluster, RepairStale, warnings) { AllowHaLoss = AllowHaLoss, AllowDegraded = AllowDegraded };
        if (problems.Count == 0)
            foreach (var phase in UpPhases.Cluster) phase(clusterPlanning);
        warnings.AddRange(Outsiders(hosts, cluster));
        return new(hostPlans, clusterPlanning.Steps, cluster, warnings, problems);
    }

    static IEnumerable<string> AddonConflicts(IReadOnlyList<ClusterHost> hosts) =>
        hosts.SelectMany(h => h.Spec.Addons.Select(a => (Host: h.Name, Addon: a)))
            .GroupBy(x => x.Addon.ShortName)
            .Where(g => g.Select(x => x.Addon.Arguments).Distinct().Count() > 1)
            .Select(g => $"microk8s_addons asks for {g.Key} in different ways ({string.Join(", ", g.Select(x => $"{x.Addon.Text} on {x.Host}").Distinct())}), "
                + "but addons are enabled once for the whole cluster: set microk8s_addons once, under all:vars or the group");

    static IEnumerable<string> Outsiders(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster)
    {
        var outsiders = cluster.Nodes.Where(n => !hosts.Any(h => h.Name == n.Name && h.Address == n.Address)).Select(n => $"{n.Name} ({n.Address})").ToList();
        if (outsiders.Count > 0)
        {
            yield return $"the cluster has nodes the inventory does not list: {string.Join(", ", outsiders)}; to remove one, list it with "
                + "picluster_state: absent and run picluster up";
        }
    }
}
