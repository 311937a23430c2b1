using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>A re-flashed Pi is still listed in the datastore under its address, and the cluster refuses its join until that entry goes.
/// With <see cref="IfListed"/> (a Pi whose join was cut off), the issuer's datastore is read first and the entry removed only if
/// there: a cut-off join that resumes may list the Pi after the facts were read.</summary>
public sealed record RemoveStaleMember(string Host, string Issuer, string Address) : HostStep(Host)
{
    public bool IfListed { get; init; }

    public override IEnumerable<string> Involves => [Host, Issuer];

    public override string Describe() => IfListed
        ? $"remove {Address} from the datastore if {Host}'s cut-off join left it there (remove-node {Address} --force on {Issuer})"
        : $"remove the stale cluster member {Address} left from before {Host} was reset (remove-node {Address} --force on {Issuer})";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var issuer = context[Issuer];
        if (IfListed)
        {
            var datastore = await issuer.QueryAsync($"cat {MicroK8s.DatastoreFile}", TimeSpan.FromSeconds(30), ct);
            if (!datastore.Succeeded) throw new StepException(issuer.Failed("reading the datastore's members", datastore));
            if (!Membership.InDatastore(MicroK8sOutput.ParseDatastore(datastore.StdOut), Address)) return StepResult.Unchanged;
        }

        var result = await issuer.ChangeAsync(MicroK8s.RemoveNode(Address, force: true), TimeSpan.FromMinutes(2), ct);
        // remove-node exits 1 when Kubernetes has no such node even though it did remove the dqlite entry.
        var removed = result.Succeeded || result.StdOut.Contains("Removing node entry found in dqlite", StringComparison.Ordinal);
        return removed ? StepResult.Done : throw new StepException(issuer.Failed($"removing the stale member {Address}", result));
    }
}
