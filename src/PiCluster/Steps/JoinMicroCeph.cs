using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>A token minted on a member for exactly this Pi's hostname (MicroCeph refuses any other), used at once; an unused one
/// an earlier run left for the same name is removed first.</summary>
public sealed record JoinMicroCeph(string Host, string Via) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Via];

    public override string Describe() => $"join the Ceph cluster via {Via}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var via = context[Via];
        var added = await via.ChangeAsync(MicroCeph.AddMember(Host), TimeSpan.FromMinutes(1), ct);
        if (!added.Succeeded && MicroCephOutput.UnusedTokenTable(added.StdErr) is { } table)
        {
            // An earlier run made a token and never used it (it was cut off); MicroCeph refuses a second one until it lapses.
            await via.RequireChangeAsync($"removing the unused Ceph join token for {Host}", MicroCeph.ForgetTokens(table, Host), TimeSpan.FromMinutes(1), ct);
            added = await via.ChangeAsync(MicroCeph.AddMember(Host), TimeSpan.FromMinutes(1), ct);
        }

        if (!added.Succeeded) throw new StepException(via.Failed($"minting a Ceph join token for {Host}", added));

        var token = context.Secret(added.StdOut.Trim());
        await context[Host].RequireChangeAsync("joining the Ceph cluster", MicroCeph.Join(token), TimeSpan.FromMinutes(6), ct);
        return StepResult.Done;
    }
}
