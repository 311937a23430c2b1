using System.Text.Json.Serialization;

namespace PiCluster.Facts;

/// <summary>One entry of `lsblk -J -o NAME,MODEL,SIZE,TYPE,MOUNTPOINTS,FSTYPE`, with its partitions.</summary>
public sealed record BlockDevice(
    string Name, string? Model, string Size, string Type, IReadOnlyList<string> Mountpoints, string? FsType, IReadOnlyList<BlockDevice> Children)
{
    public string Path => $"/dev/{Name}";

    IEnumerable<BlockDevice> SelfAndParts => Children.SelectMany(c => c.SelfAndParts).Prepend(this);

    /// <summary>Where it or any partition is mounted.</summary>
    public IReadOnlyList<string> MountedAt => [.. SelfAndParts.SelectMany(d => d.Mountpoints)];

    /// <summary>The disk the Pi runs from: it or a partition holds / or /boot/firmware.</summary>
    public bool IsSystemDisk => MountedAt.Any(m => m is "/" or "/boot/firmware");

    /// <summary>Partitions or a filesystem: something MicroCeph refuses without --wipe.</summary>
    public bool HasData => Children.Count > 0 || FsType is not null;

    /// <summary>"CT250MX500SSD1, 232.9G" or "232.9G" for a disk without a model.</summary>
    [JsonIgnore]
    public string Description => Model is { Length: > 0 } model ? $"{model}, {Size}" : Size;

    /// <summary>"sda1 (vfat), sda2 (ext4)" or "a filesystem (ext4)"; empty when it holds nothing.</summary>
    [JsonIgnore]
    public string DataDescription => Children.Count > 0
        ? string.Join(", ", Children.Select(c => c.FsType is null ? c.Name : $"{c.Name} ({c.FsType})"))
        : FsType is null ? "" : $"a filesystem ({FsType})";
}
