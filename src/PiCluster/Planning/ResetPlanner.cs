using PiCluster.Planning.Phases;
using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Planning;

/// <summary>`reset`'s planner. When the selection holds the whole cluster, every Pi is taken back to before `up` installed anything:
/// workers leave first, then the control planes but one, each while the others remain, then the last; MicroK8s and MicroCeph
/// come off every Pi, and the OSD disks keep their data unless <see cref="DestroyStorage"/>. When it holds part of the cluster,
/// those Pis are removed as `picluster_state: absent` removes them (their data moved to the Pis that stay first).</summary>
public sealed record ResetPlanner(bool DestroyStorage) : IPlanner
{
    public string Command => "reset";

    public bool AllowHaLoss { get; init; }

    public bool AllowDegraded { get; init; }

    /// <summary>Every selected Pi goes, whatever the inventory says of it.</summary>
    public bool ReadsCephMaps(IEnumerable<NodeSpec> specs) => true;

    public Plan Plan(IReadOnlyList<ClusterHost> hosts)
    {
        var cluster = ClusterAnalysis.Analyse(hosts);
        var marked = hosts.Select(h => h.Selected ? h with { Spec = h.Spec with { Absent = true } } : h).ToList();
        var warnings = new List<string>();
        var planning = new ClusterPlanning(marked, cluster, repairStale: false, warnings) { AllowHaLoss = AllowHaLoss, AllowDegraded = AllowDegraded };
        if (cluster.Problems.Count == 0)
        {
            if (Whole(marked, cluster)) planning.Steps.AddRange(WholeCluster(marked, cluster, warnings));
            else RemovalPhase.Plan(planning);
        }
        var hostPlans = marked.Where(h => h.Selected).Select(h => new HostPlan(h, [], [])).ToList();
        // A reset goes as a whole or not at all: a refused Pi stops every other.
        var problems = cluster.Problems.Concat(planning.Steps.OfType<Refuse>().Select(r => $"{r.Host}: {r.Reason}")).ToList();
        return new(hostPlans, problems.Count == 0 ? planning.Steps : [], cluster, warnings, problems) { Command = Command, StopsAtFirstFailure = true };
    }

    /// <summary>A reset Pi falls short while the cluster or Ceph still lists it, as an absent one does.</summary>
    public IReadOnlyList<string> Shortfalls(IReadOnlyList<ClusterHost> after, Recap.ClusterSummary cluster, IReadOnlyList<Recap.HostRecap> recap) =>
        Recap.Shortfalls.Of([.. after.Select(h => h.Selected ? h with { Spec = h.Spec with { Absent = true } } : h)], cluster, recap);

    /// <summary>No node, datastore member or Ceph member the selection leaves out.</summary>
    static bool Whole(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster)
    {
        var chosen = hosts.Where(h => h.Selected).ToList();
        var cephMembers = hosts.SelectMany(h => h.Facts?.MicroCeph?.Members ?? []).Select(m => m.Name);
        return cluster.Nodes.All(n => chosen.Any(h => h.Name == n.Name))
            && cluster.Datastore.All(m => m.Address.StartsWith("127.0.0.1:", StringComparison.Ordinal) || chosen.Any(h => $"{h.Address}:19001" == m.Address))
            && cephMembers.All(name => chosen.Any(h => h.Name == name));
    }

    IEnumerable<HostStep> WholeCluster(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster, List<string> warnings)
    {
        var chosen = hosts.Where(h => h.Selected).ToList();
        foreach (var dead in chosen.Where(h => h.Facts is null))
            warnings.Add($"{dead.Name} does not answer ({dead.Unreachable}): MicroK8s and MicroCeph stay on it; re-flash it before it comes back on this network");

        if (DestroyStorage)
        {
            var disks = chosen.SelectMany(h => h.Facts?.MicroCeph?.Disks ?? []).DistinctBy(d => d.Osd);
            foreach (var disk in disks.Where(d => chosen.Any(h => h.Name == d.Location && h.Facts is not null)))
                yield return new RemoveOsd(disk.Location, disk.Osd, TimeSpan.FromMinutes(10), "--destroy-storage: its data is destroyed");
        }

        var controlPlanes = chosen.Where(h => cluster.Nodes.Any(n => n.Name == h.Name && n.ControlPlane)).ToList();
        var keeper = controlPlanes.FirstOrDefault(h => h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: true }
            && cluster.Datastore.Any(m => m.Address == $"{h.Address}:19001" && m.Role == "voter"));
        // Stand-bys leave before voters, so the datastore never has a lone voter with others left (leave refuses that).
        var leaving = chosen.Where(h => cluster.Nodes.Any(n => n.Name == h.Name) && h != keeper)
            .OrderBy(h => controlPlanes.Contains(h))
            .ThenBy(h => cluster.Datastore.Any(m => m.Address == $"{h.Address}:19001" && m.Role == "voter"))
            .ToList();
        foreach (var host in leaving)
        {
            if (keeper is not null)
            {
                var alive = host.Facts is not null && cluster.Nodes.Any(n => n.Name == host.Name && n.Ready);
                if (alive) yield return new LeaveCluster(host.Name);
                yield return new RemoveNode(host.Name, keeper.Name, host.Address, Force: !alive, keeper.Spec.ReadyTimeout);
            }
            if (RemoveSnaps.For(host) is { } purge) yield return purge;
        }
        foreach (var host in chosen.Where(h => !leaving.Contains(h)).OrderBy(h => h == keeper))
            if (RemoveSnaps.For(host) is { } purge) yield return purge;
    }
}
