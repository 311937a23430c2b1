using PiCluster.Tools;

namespace PiCluster.Steps;

public sealed record InstallMicroK8s(string Host, string Channel) : CommandStep(Host)
{
    public override string Describe() => $"install microk8s {Channel}";

    protected override string What => "installing microk8s";

    protected override string Command => MicroK8s.Install(Channel);

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(30);
}
