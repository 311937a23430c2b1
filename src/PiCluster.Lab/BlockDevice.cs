using System.Text.Json.Serialization;

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

    /// <summary>Its other /dev/disk/by-id names (`wwn-0x…`, `nvme-eui.…`).</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>A filesystem (or OSD) on the whole disk, without a partition table.</summary>
    public string? FsType { get; set; }

    public List<BlockPartition> Partitions { get; init; } = [];

    /// <summary>Holds / and /boot/firmware.</summary>
    public bool Boot { get; init; }

    public string Path => "/dev/" + Name;

    public string ByIdPath => "/dev/disk/by-id/" + ById;

    [JsonIgnore]
    public IEnumerable<string> Ids => Aliases.Prepend(ById);

    /// <summary>The path `microceph disk add` records for the disk: LXD lists /dev/disk/by-id in name order and keeps the last
    /// name that resolves to it (lxd/resources/storage.go), so `wwn-…` wins over `usb-…`.</summary>
    [JsonIgnore]
    public string StablePath => "/dev/disk/by-id/" + Ids.Max(StringComparer.Ordinal);

    public bool Mounted => Partitions.Any(p => p.MountPoint is not null);

    public string PartitionName(int number) =>
        char.IsAsciiDigit(Name[^1]) ? $"{Name}p{number}" : $"{Name}{number}";
}
