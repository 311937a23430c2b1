using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>One OSD of a Pi that goes: `microceph disk remove` marks it out, waits until `ceph osd safe-to-destroy` says its data
/// lives on the other OSDs, then purges it and wipes the disk. <see cref="Bypass"/>, when set, says why Ceph's safety checks are
/// skipped (--allow-degraded, --destroy-storage): the OSD goes without waiting for its data to move.</summary>
public sealed record RemoveOsd(string Host, int Osd, TimeSpan Timeout, string? Bypass) : HostStep(Host)
{
    public override string Describe() => Bypass is null
        ? $"microceph disk remove osd.{Osd}: out, wait until its data has moved to the other OSDs (safe-to-destroy, up to {Timeout.TotalSeconds:0} s), purge"
        : $"microceph disk remove osd.{Osd} with Ceph's safety checks bypassed ({Bypass}): out, purged and its disk wiped";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var node = context[Host];
        var result = await node.ChangeAsync(MicroCeph.RemoveDisk(Osd, Timeout, Bypass is not null), Timeout + TimeSpan.FromMinutes(1), ct);
        if (result.Succeeded) return StepResult.Done;
        if (result.StdErr.Contains($"failed to find location for osd.{Osd}", StringComparison.Ordinal)) return StepResult.Unchanged;
        throw new StepException($"{node.Failed($"removing osd.{Osd}", result)}; {Host} stays in Ceph and in the cluster: see `sudo ceph -s`, then re-run");
    }
}
