using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>One storage Pi to another MicroCeph channel: its daemons restart, and the step ends once every OSD is up again and every
/// placement group active+clean, so the next Pi never goes while data lacks a copy.</summary>
public sealed record RefreshMicroCeph(string Host, string Channel, string From, TimeSpan SettleTimeout) : HostStep(Host)
{
    public override string Describe() =>
        $"microceph {From} → {Channel}: snap refresh microceph --channel={Channel} (its daemons restart; the hold stays), then wait until every OSD "
        + $"is up and every placement group active+clean (up to {SettleTimeout.TotalSeconds:0} s)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var refresh = await host.ChangeAsync(MicroCeph.Refresh(Channel), TimeSpan.FromMinutes(30), ct);
        if (!refresh.Succeeded)
        {
            throw new StepException($"{host.Failed($"snap refresh microceph --channel={Channel}", refresh)}; snapd puts the previous revision back when a refresh "
                + $"fails, so {Host} stays on {From}: see `snap tasks --last=refresh` on it, then re-run `picluster upgrade`");
        }

        CephHealth? health = null;
        var settled = await context.WaitUntilAsync(async token =>
        {
            health = MicroCephOutput.ParseHealth((await host.QueryAsync(MicroCeph.Status, TimeSpan.FromMinutes(1), token)).StdOut);
            return health is { Settled: true };
        }, SettleTimeout, ct);
        if (!settled)
        {
            throw new StepException($"Ceph did not settle within {SettleTimeout.TotalSeconds:0} s of the refresh of {Host} ("
                + (health is null ? "`ceph -s` did not answer" : $"{health.OsdsUp} of {health.Osds} OSDs up{(health.PgsClean ? "" : ", placement groups not all active+clean")}")
                + $"); {Host} is on {Channel}: see `sudo ceph -s`, and re-run `picluster upgrade` once it is HEALTH_OK but for noout");
        }

        return StepResult.Done;
    }
}
