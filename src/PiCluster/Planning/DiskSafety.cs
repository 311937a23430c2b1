using System.Text.RegularExpressions;
using PiCluster.Facts;

namespace PiCluster.Planning;

/// <summary>Decides, from a Pi's block devices, whether a disk the inventory lists may become a Ceph OSD. Pure.
/// The disk the Pi boots from and mounted disks are refused whatever the inventory says; a disk holding data is
/// wiped only when the inventory lists that exact disk under microceph_wipe. Disks are compared by the device their paths
/// resolve to, never by the path's text.</summary>
public static partial class DiskSafety
{
    public static DiskVerdict Judge(
        string host, string disk, bool wipeAllowed, IReadOnlyList<BlockDevice> devices, IReadOnlyDictionary<string, string> ids, IReadOnlyCollection<string> configured)
    {
        if (LoopSpec().Match(disk) is { Success: true } loop)
        {
            var description = $"{loop.Groups[2].Value} loop file{(loop.Groups[2].Value == "1" ? "" : "s")} of {loop.Groups[1].Value}";
            return new(disk, configured.Any(IsLoopBacked), null, description);
        }
        // MicroCeph records the disk's by-id alias that sorts last (wwn-… over usb-…), not the path it was given.
        if (configured.Any(path => DiskIds.SameDisk(ids, disk, path))) return new(disk, true, null, disk);
        if (!ids.TryGetValue(disk, out var target) || devices.FirstOrDefault(d => d.Path == target) is not { } device)
            return Refused(disk, $"{disk} is not a disk of {host}: `ls -l /dev/disk/by-id/` on {host} lists its disks");
        if (device.IsSystemDisk)
            return Refused(disk, $"{disk} ({device.Description}) is the disk {host} runs from (mounted at {string.Join(", ", device.MountedAt)}); it is never used for Ceph, whatever the inventory says");
        if (device.MountedAt.Count > 0)
            return Refused(disk, $"{disk} ({device.Description}) is mounted at {string.Join(", ", device.MountedAt)}: unmount it and take it out of /etc/fstab on {host} first");
        if (device.HasData && !wipeAllowed)
            return Refused(disk, $"{disk} ({device.Description}) holds {device.DataDescription}; it is left alone: to use it for Ceph and lose what is on it, list it under microceph_wipe");
        return new(disk, false, null, $"{disk} ({device.Description})", device.HasData ? device.DataDescription : null);
    }

    static DiskVerdict Refused(string disk, string why) => new(disk, false, why, disk);

    /// <summary>MicroCeph keeps a loop OSD in a file of its own data folder.</summary>
    static bool IsLoopBacked(string path) => path.Contains("osd-backing", StringComparison.Ordinal) || path.StartsWith("loop", StringComparison.Ordinal);

    [GeneratedRegex("^loop,([1-9][0-9]*[MGT]),([1-9][0-9]*)$")]
    private static partial Regex LoopSpec();
}
