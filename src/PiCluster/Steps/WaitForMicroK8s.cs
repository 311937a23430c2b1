using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Waits with MicroK8s' own `--wait-ready`; an answer that comes long before the limit is what MicroK8s saw (stopped,
/// broken), not slowness, and the failure says so.</summary>
public sealed record WaitForMicroK8s(string Host, TimeSpan Limit) : HostStep(Host)
{
    public override bool Changes => false;

    public override string Describe() => $"wait until microk8s is ready (up to {Limit.TotalSeconds:0} s)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var started = context.Clock.GetTimestamp();
        var result = await context[Host].QueryAsync(MicroK8s.WaitReady(Limit), Limit + TimeSpan.FromSeconds(30), ct);
        if (result.Succeeded) return StepResult.Unchanged;
        var waited = context.Clock.GetElapsedTime(started);
        var said = $"{result.StdOut}\n{result.StdErr}".Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        throw new StepException(waited < Limit * 0.9 && said is not null
            ? $"microk8s on {Host} is not ready and did not wait: `microk8s status` said \"{said}\" after {waited.TotalSeconds:0} s; run `sudo microk8s inspect` on it"
            : $"microk8s on {Host} was not ready within {Limit.TotalSeconds:0} s: run `sudo microk8s inspect` on it (picluster_ready_timeout sets the wait)");
    }
}
