using PiCluster.Tools;

namespace PiCluster.Steps;

public sealed record BootstrapMicroCeph(string Host) : CommandStep(Host)
{
    public override string Describe() => "form the Ceph cluster (microceph cluster bootstrap)";

    protected override string What => "bootstrapping microceph";

    protected override string Command => MicroCeph.Bootstrap;

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(5);
}
