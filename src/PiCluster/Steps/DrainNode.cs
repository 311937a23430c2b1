namespace PiCluster.Steps;

/// <summary>A node that leaves the cluster is cordoned and drained first, through <see cref="Kubectl"/> (a control plane that
/// stays), so its pods move as their PodDisruptionBudgets allow.</summary>
public sealed record DrainNode(string Host, string Kubectl, TimeSpan Timeout) : HostStep(Host)
{
    public override IEnumerable<string> Involves => [Host, Kubectl];

    public override string Describe() => $"cordon and drain (up to {Timeout.TotalSeconds:0} s, through {Kubectl}) so its pods move to other nodes";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await NodeDrain.RunAsync(context[Kubectl], Host, Timeout, $"{Host} stays cordoned and in the cluster", ct);
        return StepResult.Done;
    }
}
