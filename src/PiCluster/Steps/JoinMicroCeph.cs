using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>A token minted on a member for exactly this Pi's hostname (MicroCeph refuses any other), used at once.</summary>
public sealed record JoinMicroCeph(string Host, string Via) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Via];

    public override string Describe() => $"join the Ceph cluster via {Via}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var via = context[Via];
        var added = await via.ChangeAsync(MicroCeph.AddMember(Host), TimeSpan.FromMinutes(1), ct);
        if (!added.Succeeded)
        {
            throw new StepException(added.StdErr.Contains("UNIQUE constraint", StringComparison.Ordinal)
                ? $"{Via} still holds an unused Ceph join token for {Host} from an earlier attempt; it lapses 10 minutes after it was made: re-run then"
                : via.Failed($"minting a Ceph join token for {Host}", added));
        }

        var token = context.Secret(added.StdOut.Trim());
        await context[Host].RequireChangeAsync("joining the Ceph cluster", MicroCeph.Join(token), TimeSpan.FromMinutes(6), ct);
        return StepResult.Done;
    }
}
