using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Removes MicroK8s with its data from a Pi whose join was cut off or never converged, so it joins afresh;
/// `microk8s leave` refuses a MicroK8s that does not run. <see cref="Why"/> is the evidence.</summary>
public sealed record PurgeMicroK8s(string Host, string Why) : CommandStep(Host)
{
    public override string Describe() => $"remove microk8s and its data (snap remove --purge) to join afresh: {Why}";

    protected override string What => "removing microk8s";

    protected override string Command => MicroK8s.Purge;

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(10);
}
