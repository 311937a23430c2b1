namespace PiCluster.Planning;

/// <summary>What to do with one disk the inventory lists: nothing (already an OSD), add it, or leave it alone because of
/// <see cref="Refusal"/>. <see cref="Losing"/> says what adding it wipes ("sda1 (ext4)"); null when nothing is lost.</summary>
public sealed record DiskVerdict(string Disk, bool AlreadyAdded, string? Refusal, string Description, string? Losing = null)
{
    public bool ToAdd => !AlreadyAdded && Refusal is null;

    public bool Wipe => Losing is not null;
}
