namespace PiCluster.Lab;

/// <summary>
/// One disk of a simulated Pi as the kernel shows it; kept in DIR/nodes/NAME/block-devices.json, which the lab writes
/// and the node's simulator (lsblk, microceph) reads and changes (a wipe removes the partitions).
/// </summary>
public sealed record BlockDevice
{
    public required string Name { get; init; }
    public string? Model { get; init; }
    public required long Bytes { get; init; }
    public required string Transport { get; init; }

    /// <summary>The /dev/disk/by-id name of the whole disk.</summary>
    public required string ById { get; init; }

    /// <summary>A filesystem (or OSD) on the whole disk, without a partition table.</summary>
    public string? FsType { get; set; }

    public List<BlockPartition> Partitions { get; init; } = [];

    /// <summary>Holds / and /boot/firmware.</summary>
    public bool Boot { get; init; }

    public string Path => "/dev/" + Name;

    public string ByIdPath => "/dev/disk/by-id/" + ById;

    public bool Mounted => Partitions.Any(p => p.MountPoint is not null);

    public string PartitionName(int number) =>
        char.IsAsciiDigit(Name[^1]) ? $"{Name}p{number}" : $"{Name}{number}";
}
