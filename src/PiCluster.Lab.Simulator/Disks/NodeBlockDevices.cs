using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.Disks;

/// <summary>The node's disks as the lab plugged them in (block-devices.json), plus one squashfs loop per installed snap.</summary>
public sealed class NodeBlockDevices(LabPaths paths, string node)
{
    readonly LockedJsonFile<List<BlockDevice>> file =
        new(NodeDisks.StatePath(paths, node), SimJson.Default.ListBlockDevice, () => []);

    public List<BlockDevice> Disks() => file.Read();

    /// <summary>Finds a whole disk by /dev/NAME or any of its /dev/disk/by-id paths.</summary>
    public BlockDevice? Find(string path) =>
        Disks().FirstOrDefault(d => d.Path == path || d.Ids.Any(id => "/dev/disk/by-id/" + id == path));

    /// <summary>What `--wipe` leaves: no partition table, no filesystem; the by-id partition links go with the partitions.</summary>
    public void Wipe(string name) => Change(name, device =>
    {
        device.Partitions.Clear();
        device.FsType = null;
    });

    /// <summary>ceph-volume writes a BlueStore label on the raw device.</summary>
    public void MakeOsd(string name) => Change(name, device => device.FsType = "ceph_bluestore");

    public IReadOnlyList<LsblkRow> Rows()
    {
        var loops = SnapdStore.For(paths, node).Read().Snaps.Select((snap, i) => new LsblkRow(
            $"loop{i}", $"7:{i}", SnapSize(snap), "loop", "squashfs", null, null, null, [$"/snap/{snap.Name}/{snap.Revision}"], []));
        // As the reference's sample lists them: USB disks, then the SD card, then NVMe.
        var disks = Disks().OrderBy(d => d.Transport switch { "usb" => 0, "mmc" => 1, _ => 2 }).ThenBy(d => d.Name, StringComparer.Ordinal).Select(disk => new LsblkRow(
            disk.Name, MajMin(disk, 0), disk.Bytes, "disk", disk.FsType, disk.Model, disk.Transport, null,
            [], [.. disk.Partitions.Select(p => new LsblkRow(
                p.Name, MajMin(disk, p.Number), p.Bytes, "part", p.FsType, null,
                disk.Transport == "usb" ? null : disk.Transport, p.Label, p.MountPoint is null ? [] : [p.MountPoint], []))]));
        return [.. loops, .. disks];
    }

    void Change(string name, Action<BlockDevice> change)
    {
        var devices = file.Update(list =>
        {
            if (list.FirstOrDefault(d => d.Name == name) is { } device)
                change(device);

            return list;
        });
        NodeDisks.WriteLinks(NodeDisks.DevDisk(paths, node), devices);
    }

    static string MajMin(BlockDevice disk, int partition) => disk.Transport switch
    {
        "mmc" => $"179:{partition}",
        "nvme" => $"259:{(disk.Name[4] - '0') * 4 + partition}",
        _ => $"8:{(disk.Name[2] - 'a') * 16 + partition}",
    };

    static long SnapSize(InstalledSnap snap) =>
        SnapCatalogue.Release(snap.Name, snap.Revision) is { } release
        && long.TryParse(release.Size.TrimEnd('M', 'B'), out var mb) ? mb * 1_000_000 : 100_000_000;
}
