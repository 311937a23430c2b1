using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Planning.Removal;

/// <summary>The Ceph side of removing Pis, from what the members report: their OSDs, monitors, pool size and health. MicroCeph
/// itself refuses to remove the third-last OSD or a member while fewer than three monitors would remain besides it; PiCluster
/// says so in the plan, with the way out, before anything starts.</summary>
public sealed class CephRemoval(ClusterPlanning plan, IReadOnlyList<ClusterHost> leaving)
{
    readonly IReadOnlyList<MicroCephFacts> views = [.. plan.Hosts.Where(h => h.Facts?.MicroCeph is not null).Select(h => h.Facts!.MicroCeph!)];

    /// <summary>A member that stays and reports itself ONLINE: it removes members and purges what a dead one left.</summary>
    readonly ClusterHost? runner = plan.Hosts.FirstOrDefault(h => !h.Spec.Absent && h.Facts?.MicroCeph?.Members.Any(m => m.Name == h.Name && m.Online) == true);

    public bool InCeph(ClusterHost host) => views.Any(v => v.Members.Any(m => m.Name == host.Name));

    IReadOnlyList<MicroCephDisk> Osds => [.. views.SelectMany(v => v.Disks).DistinctBy(d => d.Osd)];

    IReadOnlyList<string> Mons => [.. views.SelectMany(v => v.Mons).Distinct()];

    /// <summary>It does not answer, or its own MicroCeph does not count it ONLINE: it cannot take part in its removal.</summary>
    static bool Dead(ClusterHost host) => host.Facts?.MicroCeph?.Members.Any(m => m.Name == host.Name && m.Online) != true;

    public IEnumerable<(string Host, string Reason)> Refusals()
    {
        var members = leaving.Where(InCeph).ToList();
        if (members.Count == 0) yield break;
        if (runner is null)
        {
            foreach (var host in members)
            {
                yield return (host.Name, "no Ceph member that stays answers as ONLINE, so nothing can remove it from Ceph: bring one up (`picluster status`) and re-run");
            }
            yield break;
        }

        var gone = leaving.Select(h => h.Name).ToHashSet();
        var osds = Osds;
        var remaining = osds.Where(d => !gone.Contains(d.Location)).ToList();
        var adding = plan.Steps.OfType<AddDisk>().ToList();
        var copies = views.Max(v => v.PoolSize) ?? 3;
        var hostsNow = osds.Select(d => d.Location).Distinct().Count();
        var hostsAfter = remaining.Select(d => d.Location).Concat(adding.Select(a => a.Host)).Distinct().Count();
        var osdsAfter = remaining.Count + adding.Count;
        var monsAfter = Mons.Count(m => !gone.Contains(m));
        var health = runner.Facts!.MicroCeph!.Health;
        foreach (var host in members.Where(h => !Dead(h)))
        {
            if (plan.AllowDegraded) continue;
            if (health is { Ok: false })
            {
                yield return (host.Name, $"Ceph is {health.Status} ({string.Join("; ", health.Reasons)}) and a Pi is removed only from a healthy Ceph: "
                    + "fix that first (`sudo ceph health detail`), or go on with --allow-degraded");
            }
            else if (osds.Any(d => d.Location == host.Name) && (osdsAfter < copies || hostsNow >= 3 && hostsAfter < 3))
            {
                yield return (host.Name, $"removing its OSDs leaves {osdsAfter} OSD{(osdsAfter == 1 ? "" : "s")} on {hostsAfter} Pi{(hostsAfter == 1 ? "" : "s")}, "
                    + $"and each pool keeps {copies} copies on different Pis, so Ceph would be degraded: add a disk or a storage Pi first, or go on with --allow-degraded");
            }
            else if (Mons.Contains(host.Name) && Mons.Count >= 3 && monsAfter < 3)
            {
                yield return (host.Name, $"it runs one of Ceph's {Mons.Count} monitors, and with {monsAfter} left one more failure stops Ceph; "
                    + "MicroCeph removes a member only while three monitors remain besides it: go on with --allow-degraded");
            }
        }
    }

    /// <summary>A Pi that answers: each OSD removed once its data has moved, then the member. A dead one: its OSDs purged and its
    /// monitor removed from Ceph's maps, then the member dropped with --force.</summary>
    public IEnumerable<HostStep> Steps(ClusterHost host)
    {
        if (!InCeph(host) || runner is null) yield break;
        var gone = leaving.Select(h => h.Name).ToHashSet();
        var mine = Osds.Where(d => d.Location == host.Name).Select(d => d.Osd).Order().ToList();
        var monsAfter = Mons.Count(m => !gone.Contains(m));
        if (Dead(host))
        {
            if (mine.Count > 0 || Mons.Contains(host.Name)) yield return new ForgetCephDaemons(host.Name, runner.Name, mine, Mons.Contains(host.Name));
            yield return new RemoveCephMember(host.Name, runner.Name, Force: true);
            yield break;
        }

        // MicroCeph's own checks: three OSDs must remain, and three Pis with OSDs while its CRUSH rule spreads copies by Pi.
        var osdsAfter = Osds.Count(d => !gone.Contains(d.Location)) + plan.Steps.OfType<AddDisk>().Count();
        var hostsNow = Osds.Select(d => d.Location).Distinct().Count();
        var hostsAfter = Osds.Where(d => !gone.Contains(d.Location)).Select(d => d.Location).Distinct().Count();
        var degrade = osdsAfter < 3 || hostsNow >= 3 && hostsAfter < 3;
        var bypass = degrade ? "--allow-degraded: fewer copies than the pools keep remain" : null;
        foreach (var osd in mine) yield return new RemoveOsd(host.Name, osd, host.Spec.RebalanceTimeout, bypass);
        yield return new RemoveCephMember(host.Name, runner.Name, Force: monsAfter < 3);
    }
}
