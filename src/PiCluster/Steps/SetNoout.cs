using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>`ceph osd set noout` for the length of a MicroCeph upgrade: OSDs that restart are not marked out, so no data moves.</summary>
public sealed record SetNoout(string Host) : CommandStep(Host)
{
    public override string Describe() =>
        "ceph osd set noout: OSDs that restart during the upgrade are not marked out, so Ceph moves no data (HEALTH_WARN until it is unset)";

    protected override string What => "ceph osd set noout";

    protected override string Command => MicroCeph.SetNoout;
}
