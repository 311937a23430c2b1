using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>An unattended snap refresh would restart Kubernetes on every Pi at once; upgrades are a deliberate act.</summary>
public sealed record HoldMicroK8s(string Host) : HostStep(Host)
{
    public override string Describe() => "hold microk8s refreshes (snap refresh --hold)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync("holding microk8s refreshes", MicroK8sCommands.Hold, TimeSpan.FromMinutes(2), ct);
        return StepResult.Done;
    }
}
