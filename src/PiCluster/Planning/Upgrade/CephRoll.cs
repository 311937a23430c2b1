using PiCluster.Facts;
using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Upgrade;

/// <summary>The MicroCeph part of an upgrade, as MicroCeph's upgrade guide and CI do it: only from HEALTH_OK, `noout` set for the
/// duration, one storage Pi at a time (each waits for its OSDs and the placement groups), one Ceph release at a time, and `noout`
/// unset at the end, also after a failure.</summary>
public static class CephRoll
{
    /// <summary>Adds the steps to <paramref name="steps"/>; returns the reasons to change nothing instead.</summary>
    public static IReadOnlyList<string> Plan(IReadOnlyList<ClusterHost> hosts, UpgradeOptions options, List<HostStep> steps, List<string> warnings)
    {
        var storage = hosts.Where(h => h.Selected && h.Spec.Storage is not null && h.Facts?.MicroCeph is { Members.Count: > 0 }).ToList();
        if (storage.Count == 0) return [];
        var asked = storage.Select(h => SnapChannel.Parse(h.Spec.Storage!.Channel)).Distinct().ToList();
        if (asked.Count > 1)
            return [$"microceph_channel differs between the storage Pis ({string.Join(", ", asked)}), but Ceph runs one release: set it once, under all: vars"];
        var target = asked[0];
        if (CephRelease.OrderOf(target.Track) is not { } goal)
        {
            return [$"microceph_channel is {target}, whose track {target.Track} is no Ceph release PiCluster knows ({CephRelease.Known}); "
                + "an upgrade moves one release at a time: write a release's channel such as squid/stable"];
        }

        var releases = new Dictionary<string, int>();
        var problems = new List<string>();
        foreach (var host in storage)
        {
            var microceph = host.Facts!.MicroCeph!;
            if (CephRelease.OrderOfVersion(microceph.Version) is not { } release)
            {
                problems.Add($"{host.Name} runs microceph {microceph.Version} ({microceph.Channel}), which is no Ceph release PiCluster knows ({CephRelease.Known})");
            }
            else if (release > goal)
            {
                problems.Add($"{host.Name} runs Ceph {CephRelease.TrackAt(release)} ({microceph.Channel}), newer than microceph_channel {target}: Ceph cannot go back "
                    + $"a release; set microceph_channel to {microceph.Channel} or newer");
            }
            else
            {
                releases[host.Name] = release;
            }
        }
        if (problems.Count > 0) return problems;

        var from = storage.ToDictionary(h => h.Name, h => h.Facts!.MicroCeph!.Channel);
        var refreshes = new List<HostStep>();
        for (var release = releases.Values.Min() + 1; release <= goal; release++)
        {
            var channel = target.OnTrack(CephRelease.TrackAt(release)) with { Branch = release == goal ? target.Branch : null };
            foreach (var host in storage.Where(h => releases[h.Name] < release))
            {
                refreshes.Add(new RefreshMicroCeph(host.Name, channel.ToString(), from[host.Name], host.Spec.ReadyTimeout));
                from[host.Name] = channel.ToString();
            }
        }
        foreach (var host in storage.Where(h => SnapChannel.Parse(from[h.Name]) != target && SnapChannel.Parse(from[h.Name]).Track == target.Track))
            refreshes.Add(new RefreshMicroCeph(host.Name, target.ToString(), from[host.Name], host.Spec.ReadyTimeout));
        if (refreshes.Count == 0) return [];

        if (Unhealthy(storage) is { } health)
        {
            if (!options.Force)
            {
                return [$"Ceph is {health.Status} ({string.Join("; ", health.Reasons)}): a MicroCeph upgrade starts only from HEALTH_OK; see `sudo ceph health detail`, "
                    + "fix it and re-run, or upgrade anyway with --force"];
            }

            warnings.Add($"Ceph is {health.Status} ({string.Join("; ", health.Reasons)}), upgraded anyway (--force)");
        }
        var names = storage.Select(h => h.Name).ToList();
        steps.Add(new SetNoout(names[0]));
        steps.AddRange(refreshes);
        steps.Add(new UnsetNoout(names[0], names[1..]));
        return [];
    }

    /// <summary>Ceph's health unless it is HEALTH_OK, or warns only of the noout an upgrade that stopped left set.</summary>
    static CephHealth? Unhealthy(IReadOnlyList<ClusterHost> storage)
    {
        var health = storage.Select(h => h.Facts!.MicroCeph!.Health).FirstOrDefault(h => h is not null);
        if (health is null) return new CephHealth("unknown", ["`ceph -s` answered on no storage Pi"], 0, 0, 0);
        var nooutOnly = health.Checks is ["OSDMAP_FLAGS"] && health.Reasons is ["noout flag(s) set"];
        return health.Ok || nooutOnly ? null : health;
    }
}
