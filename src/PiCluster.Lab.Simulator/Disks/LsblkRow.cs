namespace PiCluster.Lab.Simulator.Disks;

/// <summary>One line of lsblk: a disk, a partition or a loop device, with its children.</summary>
public sealed record LsblkRow(
    string Name, string MajMin, long Bytes, string Type, string? FsType, string? Model, string? Transport, string? Label,
    IReadOnlyList<string> MountPoints, IReadOnlyList<LsblkRow> Children)
{
    public string Path => "/dev/" + Name;

    public IEnumerable<LsblkRow> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}
