namespace PiCluster.Facts;

/// <summary>From `microceph.ceph -s -f json`: HEALTH_OK/WARN/ERR, the checks' messages, and how many OSDs there are, up and in.</summary>
public sealed record CephHealth(string Status, IReadOnlyList<string> Reasons, int Osds, int OsdsUp, int OsdsIn)
{
    /// <summary>The raised checks by name (OSDMAP_FLAGS, OSD_DOWN, …), in the order Ceph lists them.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Every placement group is active+clean (none at all counts): no data is moving or missing a copy.</summary>
    public bool PgsClean { get; init; } = true;

    public bool Ok => Status == "HEALTH_OK";

    /// <summary>What a rolling MicroCeph upgrade waits for after each Pi: every OSD up and every placement group active+clean.</summary>
    public bool Settled => Osds == OsdsUp && PgsClean;
}
