using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>An unattended refresh would restart Ceph's daemons on every Pi at once.</summary>
public sealed record HoldMicroCeph(string Host) : CommandStep(Host)
{
    public override string Describe() => "hold microceph refreshes (snap refresh --hold)";

    protected override string What => "holding microceph refreshes";

    protected override string Command => MicroCeph.Hold;

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(2);
}
