using PiCluster.Tools;

namespace PiCluster.Steps;

public sealed record InstallMicroCeph(string Host, string Channel) : CommandStep(Host)
{
    public override string Describe() => $"install microceph {Channel}";

    protected override string What => "installing microceph";

    protected override string Command => MicroCeph.Install(Channel);

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(30);
}
