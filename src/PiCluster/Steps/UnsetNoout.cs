using PiCluster.Remote;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>`ceph osd unset noout` at the end of a MicroCeph upgrade, also when it stopped on a failure: through the first of
/// the storage Pis that answers, since the one that failed may be down.</summary>
public sealed record UnsetNoout(string Host, IReadOnlyList<string> Others) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [];

    public override bool RunsAfterFailure => true;

    public override string Describe() => "ceph osd unset noout (also when the upgrade stops on a failure)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var failures = new List<string>();
        foreach (var name in Others.Prepend(Host))
        {
            try
            {
                var result = await context[name].ChangeAsync(MicroCeph.UnsetNoout, TimeSpan.FromMinutes(1), ct);
                if (result.Succeeded) return name == Host ? StepResult.Done : new StepResult(true, $"through {name}");
                failures.Add(context[name].Failed("ceph osd unset noout", result));
            }
            catch (RemoteException e)
            {
                failures.Add($"{name}: {e.Message}");
            }
        }
        throw new StepException($"noout is still set: {string.Join("; ", failures)}; run `sudo ceph osd unset noout` on a storage Pi once one answers");
    }
}
