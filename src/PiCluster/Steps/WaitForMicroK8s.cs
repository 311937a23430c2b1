using PiCluster.Tools;

namespace PiCluster.Steps;

public sealed record WaitForMicroK8s(string Host, TimeSpan Limit) : HostStep(Host)
{
    public override bool Changes => false;

    public override string Describe() => $"wait until microk8s is ready (up to {Limit.TotalSeconds:0} s)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var result = await context[Host].QueryAsync(MicroK8s.WaitReady(Limit), Limit + TimeSpan.FromSeconds(30), ct);
        return result.Succeeded ? StepResult.Unchanged
            : throw new StepException($"microk8s on {Host} was not ready within {Limit.TotalSeconds:0} s: run `sudo microk8s inspect` on it (picluster_ready_timeout sets the wait)");
    }
}
