using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>What `microceph cluster remove --force` leaves of a dead Pi in Ceph's own maps: its OSDs (down) and its monitor (out of
/// quorum). Both commands succeed when the entry is gone already, so the monitor is removed whether or not the Pi had one.</summary>
public sealed record ForgetCephDaemons(string Host, string Via, IReadOnlyList<int> Osds) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Via];

    public override string Describe() =>
        $"on {Via}: {string.Join(", ", [.. Osds.Select(o => $"ceph osd purge osd.{o}"), $"ceph mon rm {Host}"])} (what {Host} left in Ceph's maps)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var via = context[Via];
        foreach (var osd in Osds)
            await via.RequireChangeAsync($"purging osd.{osd} of {Host}", MicroCeph.PurgeOsd(osd), TimeSpan.FromMinutes(2), ct);
        await via.RequireChangeAsync($"removing the monitor {Host}", MicroCeph.RemoveMon(Host), TimeSpan.FromMinutes(2), ct);
        return StepResult.Done;
    }
}
