using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>A re-flashed Pi is still listed in the datastore under its address, and the cluster refuses its join until that entry goes.</summary>
public sealed record RemoveStaleMember(string Host, string Issuer, string Address) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Issuer];

    public override string Describe() => $"remove the stale cluster member {Address} left from before {Host} was reset (remove-node {Address} --force on {Issuer})";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var issuer = context[Issuer];
        var result = await issuer.ChangeAsync(MicroK8s.RemoveNode(Address), TimeSpan.FromMinutes(2), ct);
        // remove-node exits 1 when Kubernetes has no such node even though it did remove the dqlite entry.
        var removed = result.Succeeded || result.StdOut.Contains("Removing node entry found in dqlite", StringComparison.Ordinal);
        return removed ? StepResult.Done : throw new StepException(issuer.Failed($"removing the stale member {Address}", result));
    }
}
