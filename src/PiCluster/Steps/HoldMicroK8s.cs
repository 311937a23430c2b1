using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>An unattended snap refresh would restart Kubernetes on every Pi at once; upgrades are a deliberate act.</summary>
public sealed record HoldMicroK8s(string Host) : CommandStep(Host)
{
    public override string Describe() => "hold microk8s refreshes (snap refresh --hold)";

    protected override string What => "holding microk8s refreshes";

    protected override string Command => MicroK8s.Hold;

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(2);
}
