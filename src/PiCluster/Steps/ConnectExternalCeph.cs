using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Wires MicroK8s to the Pi's own MicroCeph: pool, secrets and the `ceph-rbd` StorageClass.</summary>
public sealed record ConnectExternalCeph(string Host) : CommandStep(Host)
{
    public override string Describe() => "connect MicroK8s to Ceph (microk8s connect-external-ceph): StorageClass ceph-rbd";

    protected override string What => "connecting MicroK8s to Ceph";

    protected override string Command => MicroK8s.Binary + " connect-external-ceph";

    protected override TimeSpan Timeout => TimeSpan.FromMinutes(15);
}
