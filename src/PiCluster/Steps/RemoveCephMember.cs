using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>`microceph cluster remove` on a member that stays. Without <see cref="Force"/> MicroCeph's hook checks, on the Pi that
/// goes, that it has no disks left and that three monitors remain besides it; with it (a dead Pi, or --allow-degraded) those checks
/// are skipped and a Pi that does not answer is dropped all the same.</summary>
public sealed record RemoveCephMember(string Host, string Via, bool Force) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Via];

    public override string Describe() =>
        $"microceph cluster remove {Host}{(Force ? " --force" : "")} on {Via}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var via = context[Via];
        var result = await via.ChangeAsync(MicroCeph.RemoveMember(Host, Force), TimeSpan.FromMinutes(5), ct);
        if (result.Succeeded) return StepResult.Done;
        if (Gone(result.StdErr)) return StepResult.Unchanged;
        throw new StepException($"{via.Failed($"removing {Host} from Ceph", result)}; see `sudo microceph status` on {Via}, then re-run `picluster up`");
    }

    /// <summary>squid: `No remote exists with the given name "pi-04"`; tentacle: `cluster member "pi-04" not found`.</summary>
    bool Gone(string stderr) =>
        stderr.Contains($"No remote exists with the given name \"{Host}\"", StringComparison.Ordinal)
        || stderr.Contains($"cluster member \"{Host}\" not found", StringComparison.Ordinal);
}
