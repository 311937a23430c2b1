namespace PiCluster.Facts;

/// <summary>MicroCeph as one Pi sees it; members, disks and health are empty or null before it is in a cluster.</summary>
public sealed record MicroCephFacts
{
    public required string Channel { get; init; }
    public required string Version { get; init; }
    /// <summary>The snap's revision: held Pis keep old builds, which lack options newer ones have.</summary>
    public required string Revision { get; init; }
    public required bool Held { get; init; }
    public required IReadOnlyList<MicroCephMember> Members { get; init; }
    public required IReadOnlyList<MicroCephDisk> Disks { get; init; }
    public CephHealth? Health { get; init; }
    /// <summary>The monitors by name (`ceph mon dump`), which MicroCeph names after their members.</summary>
    public IReadOnlyList<string> Mons { get; init; } = [];
    /// <summary>The most copies any pool keeps (`ceph osd dump` pools' size); null before Ceph answers.</summary>
    public int? PoolSize { get; init; }
}
