using System.Globalization;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph disk remove ID|osd.ID [--timeout N] [--bypass-safety-checks] [--confirm-failure-domain-downgrade] [--prohibit-crush-scaledown]`
/// (day-2 §6.1, disk_remove.go, client/disks.go, api/disks.go): prints `Removing osd.N, timeout Ns`, sends the request to the OSD's member, which
/// checks, marks the OSD out and stops it, waits for Ceph to move its PGs (Delays.RebalanceMs) and purges it. Silent on success.</summary>
public static class DiskRemoveCommand
{
    const int MinOsds = 3;

    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var timeoutText = flags.Value("--timeout");
        var bypass = flags.Has("--bypass-safety-checks");
        var confirm = flags.Has("--confirm-failure-domain-downgrade");
        var prohibit = flags.Has("--prohibit-crush-scaledown");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        var timeout = 1800L;
        if (timeoutText is not null && !long.TryParse(timeoutText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out timeout))
            return output.Fail($"Error: invalid argument \"{timeoutText}\" for \"--timeout\" flag: strconv.ParseInt: parsing \"{timeoutText}\": invalid syntax");

        if (flags.Positional is not [var arg])
            return output.Fail(MicroCephCommand.ArgCount(1, flags.Positional.Count));

        if (!TryParseId(arg, out var id))
        {
            return output.Fail(arg.StartsWith("osd.", StringComparison.Ordinal)
                ? $"Error: error: osd input must be either in the form $id or osd.$id: got {arg}"
                : $"Error: error: osd input must be either in the form $id or osd.$id, got {arg}");
        }

        if (confirm && prohibit)
            return output.Fail("Error: bad Request, --confirm-failure-domain-downgrade and --prohibit-crush-scaledown flags are exclusive to each other");

        output.Line($"Removing osd.{id}, timeout {timeout}s");
        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail("Error: failed to get disks: failed listing disks: Database is not yet initialized");

        var recorded = cluster.Osds.Where(o => o.Recorded).ToList();
        if (recorded.FirstOrDefault(o => o.Id == id) is not { } osd)
            return output.Fail($"Error: failed to find location for osd.{id}");

        var member = cluster.Members.First(m => m.Name == osd.Location);
        if (!context.Online(member))
            return output.Fail("Error: failed to remove disk: " + MemberRequest.Unreachable(context, member, "DELETE", $"/1.0/disks/{id}?target={member.Name}"));

        if (Refusal(context, cluster, osd, recorded, bypass, confirm, prohibit) is { } refusal)
            return output.Fail($"Error: failed to remove disk: {refusal}");

        var outSince = DateTimeOffset.UtcNow;
        context.Store.Update(state =>
        {
            var record = state.Clusters[cluster.Fsid];
            var index = record.Osds.FindIndex(o => o.Id == id);
            record.Osds[index] = record.Osds[index] with { Out = outSince };
            record.OsdMapChanges += 2; // out, then down
            return 0;
        });
        if (!bypass)
        {
            var rebalance = TimeSpan.FromMilliseconds(context.Invocation.Delays.RebalanceMs);
            var deadline = TimeSpan.FromSeconds(timeout + 5);
            if (rebalance > deadline)
            {
                Thread.Sleep(deadline);
                return output.Fail($"Error: failed to remove disk, timeout ({timeout}s) reached - abort");
            }

            var wait = outSince + rebalance - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
                Thread.Sleep(wait);
        }

        OsdPurge.Purge(context, cluster.Fsid, id, zap: true);
        return 0;
    }

    /// <summary>The server's checks in api/disks.go's order (the availability-zone one never applies: the lab has no racks).</summary>
    static string? Refusal(MicroCephContext context, CephClusterRecord cluster, CephOsd osd, List<CephOsd> recorded, bool bypass, bool confirm, bool prohibit)
    {
        var hosts = recorded.Select(o => o.Location).Distinct().Count();
        var hostsAfter = recorded.Where(o => o.Id != osd.Id).Select(o => o.Location).Distinct().Count();
        if (!prohibit && !confirm && hosts >= 3 && hostsAfter < 3)
        {
            return $"removing osd.{osd.Id} would require a downgrade of the automatic crush rule from 'host' to 'osd' level. "
                + "Likely this will result in additional data movement. Please confirm by setting the '--confirm-failure-domain-downgrade' flag to true";
        }

        if (bypass)
            return null;

        if (recorded.Count <= MinOsds)
            return $"cannot remove osd.{osd.Id} we need at least {MinOsds} OSDs, have {recorded.Count}";

        var health = CephHealth.Assess(context, cluster);
        return CephOsdOkToStop.Ok(health, [osd.Id]) ? null : $"osd.[{osd.Id}] failed to reach ok-to-stop";
    }

    static bool TryParseId(string arg, out int id) =>
        int.TryParse(arg, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id)
        || (arg.StartsWith("osd.", StringComparison.Ordinal) && int.TryParse(arg[4..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id));
}
