using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>`microk8s leave` on the Pi that goes: a control plane takes itself out of the datastore, a worker stops using the
/// cluster; either comes back as a node of its own. A Pi that is in no cluster any more (a re-run) changes nothing.</summary>
public sealed record LeaveCluster(string Host) : HostStep(Host)
{
    public override string Describe() => "microk8s leave (it takes itself out of the cluster's datastore and runs on its own)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var node = context[Host];
        var result = await node.ChangeAsync(MicroK8s.Leave, TimeSpan.FromMinutes(5), ct);
        if (result.Succeeded) return StepResult.Done;
        if ($"{result.StdOut}{result.StdErr}".Contains(MicroK8s.NotClustered, StringComparison.Ordinal)) return StepResult.Unchanged;
        throw new StepException($"{node.Failed("microk8s leave", result)}; {Host} is cordoned and still in the cluster: see `sudo microk8s inspect` on it, then re-run `picluster up`");
    }
}
