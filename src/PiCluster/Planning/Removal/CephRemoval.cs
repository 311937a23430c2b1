using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Planning.Removal;

/// <summary>The Ceph side of removing Pis, from what the members report: their OSDs, monitors, pool size and health. MicroCeph
/// itself refuses to remove the third-last OSD, an OSD that leaves fewer than three Pis with OSDs, or a member while fewer than three
/// monitors would remain besides it; PiCluster says so in the plan, with the way out, before anything starts.</summary>
public sealed class CephRemoval
{
    readonly ClusterPlanning plan;
    readonly IReadOnlyList<MicroCephDisk> osds;
    readonly IReadOnlyList<string> mons;
    readonly HashSet<string> gone;
    readonly HashSet<string> members;

    /// <summary>A member that stays and reports itself ONLINE: it removes members and purges what a dead one left.</summary>
    readonly ClusterHost? runner;

    /// <summary>What would remain once the leaving Pis are gone, counting the disks this run adds first.</summary>
    readonly int osdsAfter, hostsNow, hostsAfter, monsAfter, copies;

    public CephRemoval(ClusterPlanning plan, IReadOnlyList<ClusterHost> leaving)
    {
        this.plan = plan;
        var views = plan.Hosts.Select(h => h.Facts?.MicroCeph).OfType<MicroCephFacts>().ToList();
        osds = [.. views.SelectMany(v => v.Disks).DistinctBy(d => d.Osd)];
        mons = [.. views.SelectMany(v => v.Mons).Distinct()];
        gone = [.. leaving.Select(h => h.Name)];
        runner = plan.Hosts.FirstOrDefault(h => !h.Spec.Absent && !Dead(h));
        var remaining = osds.Where(d => !gone.Contains(d.Location)).ToList();
        var adding = plan.Steps.OfType<AddDisk>().ToList();
        osdsAfter = remaining.Count + adding.Count;
        hostsNow = osds.Select(d => d.Location).Distinct().Count();
        hostsAfter = remaining.Select(d => d.Location).Concat(adding.Select(a => a.Host)).Distinct().Count();
        monsAfter = mons.Count(m => !gone.Contains(m));
        copies = views.Max(v => v.PoolSize) ?? 3;
        members = [.. views.SelectMany(v => v.Members).Select(m => m.Name)];
    }

    public bool InCeph(ClusterHost host) => members.Contains(host.Name);

    /// <summary>Fewer OSDs than the pools keep copies (and MicroCeph keeps at least three), or fewer than three Pis with OSDs where
    /// copies are spread by Pi: removing the OSDs needs Ceph's safety checks bypassed.</summary>
    bool Degrades => osdsAfter < Math.Max(copies, 3) || hostsNow >= 3 && hostsAfter < 3;

    /// <summary>It does not answer, or its own MicroCeph does not count it ONLINE: it cannot take part in its removal.</summary>
    static bool Dead(ClusterHost host) => host.Facts?.MicroCeph?.Members.Any(m => m.Name == host.Name && m.Online) != true;

    public IEnumerable<(string Host, string Reason)> Refusals()
    {
        var leaving = gone.Where(members.Contains).ToList();
        if (leaving.Count == 0) yield break;
        if (runner is null)
        {
            foreach (var host in leaving)
            {
                yield return (host, "no Ceph member that stays answers as ONLINE, so nothing can remove it from Ceph: bring one up (`picluster status`) and re-run");
            }
            yield break;
        }

        if (plan.AllowDegraded) yield break;
        var health = runner.Facts!.MicroCeph!.Health;
        foreach (var host in plan.Hosts.Where(h => leaving.Contains(h.Name) && !Dead(h)).Select(h => h.Name))
        {
            if (health is { Ok: false })
            {
                yield return (host, $"Ceph is {health.Status} ({string.Join("; ", health.Reasons)}) and a Pi is removed only from a healthy Ceph: "
                    + "fix that first (`sudo ceph health detail`), or go on with --allow-degraded");
            }
            else if (osds.Any(d => d.Location == host) && Degrades)
            {
                yield return (host, $"removing its OSDs leaves {osdsAfter} OSD{(osdsAfter == 1 ? "" : "s")} on {hostsAfter} Pi{(hostsAfter == 1 ? "" : "s")}, "
                    + $"and each pool keeps {copies} copies on different Pis{(copies < 3 ? " (and MicroCeph keeps at least three OSDs)" : "")}, so Ceph would be degraded: "
                    + "add a disk or a storage Pi first, or go on with --allow-degraded");
            }
            else if (mons.Contains(host) && mons.Count >= 3 && monsAfter < 3)
            {
                yield return (host, $"it runs one of Ceph's {mons.Count} monitors, and with {monsAfter} left one more failure stops Ceph; "
                    + "MicroCeph removes a member only while three monitors remain besides it: go on with --allow-degraded");
            }
        }
    }

    /// <summary>A Pi that answers: each OSD removed once its data has moved, then the member. A dead one: its OSDs purged and its
    /// monitor removed from Ceph's maps, then the member dropped with --force.</summary>
    public IEnumerable<HostStep> Steps(ClusterHost host)
    {
        if (!InCeph(host) || runner is null) yield break;
        var mine = osds.Where(d => d.Location == host.Name).Select(d => d.Osd).Order().ToList();
        if (Dead(host))
        {
            yield return new ForgetCephDaemons(host.Name, runner.Name, mine);
            yield return new RemoveCephMember(host.Name, runner.Name, Force: true);
            yield break;
        }

        var bypass = Degrades ? "--allow-degraded: fewer copies than the pools keep remain" : null;
        foreach (var osd in mine) yield return new RemoveOsd(host.Name, osd, host.Spec.RebalanceTimeout, bypass);
        yield return new RemoveCephMember(host.Name, runner.Name, Force: monsAfter < 3);
    }
}
