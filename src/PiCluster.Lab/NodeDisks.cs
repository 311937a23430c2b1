using System.Text.Json;

namespace PiCluster.Lab;

/// <summary>
/// The disks of one simulated Pi: DIR/nodes/NAME/block-devices.json, and DIR/nodes/NAME/dev-disk/{by-id,by-label},
/// symlinks as udev makes them (`../../sda`; each by-id name of a disk, with `-partN` for its partitions), which the node
/// sees as /dev/disk (a bind mount in its mount namespace),
/// and DIR/nodes/NAME/dev/, the device names they point at.
/// </summary>
public static class NodeDisks
{
    const long MiB = 1L << 20;
    // A "32 GB" SD card, 29.7G to lsblk; its image's first partition is 512 MiB from sector 2048.
    const long SdCardBytes = 31_914_983_424;
    const long FirstPartitionBytes = 512 * MiB;

    public static string DevDisk(LabPaths paths, string node) => Path.Combine(paths.NodeDir(node), "dev-disk");

    public static string StatePath(LabPaths paths, string node) => Path.Combine(paths.NodeDir(node), "block-devices.json");

    public static List<BlockDevice> Read(LabPaths paths, string node) =>
        File.Exists(StatePath(paths, node))
            ? JsonSerializer.Deserialize(File.ReadAllText(StatePath(paths, node)), LabJsonContext.Default.ListBlockDevice) ?? []
            : [];

    /// <summary>On flashing: the boot disk (an SD card unless a disk is flagged boot); later: only disks not plugged in yet.</summary>
    public static void Attach(LabPaths paths, LabNode node, IEnumerable<LabDisk> disks)
    {
        var devices = Read(paths, node.Name);
        var mine = disks.Where(d => d.Node == node.Name).OrderByDescending(d => d.Flag == "boot").ToList();
        if (devices.Count > 0 && mine.Any(d => d.Flag == "boot" && devices.All(x => x.ById != d.ById)))
            throw new LabException($"{node.Name} has booted already; a boot disk can only be given when the node is created");
        if (mine.Count(d => d.Flag == "boot") > 1) throw new LabException($"{node.Name}: only one disk can be the boot disk");
        if (devices.Count == 0 && !mine.Any(d => d.Flag == "boot")) devices.Add(SdCard(node));
        foreach (var disk in mine.Where(d => devices.All(x => x.ById != d.ById)))
            devices.Add(Create(disk, NextName(devices, disk.Transport)));
        Write(paths, node.Name, devices);
        WriteDeviceNames(Path.Combine(paths.NodeDir(node.Name), "dev"), devices);
    }

    /// <summary>Every disk but the boot disk left blank: no partitions, no filesystem or OSD label.</summary>
    public static void WipeData(LabPaths paths, string node)
    {
        var devices = Read(paths, node);
        foreach (var device in devices.Where(d => !d.Boot))
        {
            device.Partitions.Clear();
            device.FsType = null;
        }
        Write(paths, node, devices);
    }

    static void Write(LabPaths paths, string node, List<BlockDevice> devices)
    {
        var temp = StatePath(paths, node) + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(devices, LabJsonContext.Default.ListBlockDevice));
        File.Move(temp, StatePath(paths, node), overwrite: true);
        WriteLinks(DevDisk(paths, node), devices);
    }

    /// <summary>
    /// Empty files named like the devices, laid over the node's /dev, so the by-id links resolve (`test -e` holds) without a
    /// device node on the machine. Only added: the folder is an overlay's lower layer while the node runs.
    /// </summary>
    static void WriteDeviceNames(string dev, IReadOnlyList<BlockDevice> devices)
    {
        Directory.CreateDirectory(Path.Combine(dev, "disk"));
        foreach (var name in devices.SelectMany(d => d.Partitions.Select(p => p.Name).Prepend(d.Name)))
            if (!File.Exists(Path.Combine(dev, name))) File.WriteAllText(Path.Combine(dev, name), "");
    }

    /// <summary>Makes the by-id and by-label folders match the devices, changing links in place (the folder is bind-mounted).</summary>
    public static void WriteLinks(string devDisk, IReadOnlyList<BlockDevice> devices)
    {
        var wanted = new Dictionary<string, string>();
        foreach (var device in devices)
        {
            foreach (var id in device.Ids)
            {
                wanted[Path.Combine("by-id", id)] = "../../" + device.Name;
                foreach (var part in device.Partitions) wanted[Path.Combine("by-id", $"{id}-part{part.Number}")] = "../../" + part.Name;
            }
            foreach (var part in device.Partitions.Where(p => p.Label is not null))
                wanted[Path.Combine("by-label", part.Label!)] = "../../" + part.Name;
        }
        foreach (var sub in new[] { "by-id", "by-label" })
        {
            Directory.CreateDirectory(Path.Combine(devDisk, sub));
            foreach (var link in Directory.GetFileSystemEntries(Path.Combine(devDisk, sub)))
            {
                if (!wanted.TryGetValue(Path.GetRelativePath(devDisk, link), out var target) || new FileInfo(link).LinkTarget != target)
                    File.Delete(link);
            }
        }
        foreach (var (link, target) in wanted)
        {
            if (new FileInfo(Path.Combine(devDisk, link)).LinkTarget is null)
                File.CreateSymbolicLink(Path.Combine(devDisk, link), target);
        }
    }

    static BlockDevice SdCard(LabNode node)
    {
        var sd = new BlockDevice { Name = "mmcblk0", Bytes = SdCardBytes, Transport = "mmc", ById = $"mmc-SD32G_0x{0x5eed0000 + node.Index:x8}", Boot = true };
        sd.Partitions.AddRange(BootPartitions(sd));
        return sd;
    }

    static BlockDevice Create(LabDisk disk, string name)
    {
        var device = new BlockDevice
        {
            Name = name,
            Model = disk.Model,
            Bytes = disk.Bytes,
            Transport = disk.Transport,
            ById = disk.ById,
            Aliases = [.. disk.OtherIds],
            Boot = disk.Flag == "boot",
            FsType = disk.Flag == "data" ? "ext4" : null,
        };
        if (disk.Flag == "boot") device.Partitions.AddRange(BootPartitions(device));
        if (disk.Flag is "partitioned" or "mounted")
            device.Partitions.Add(new BlockPartition(device.PartitionName(1), 1, disk.Bytes - MiB, "ext4", null, disk.Flag == "mounted" ? "/mnt/data" : null));
        return device;
    }

    static IEnumerable<BlockPartition> BootPartitions(BlockDevice disk) =>
    [
        new(disk.PartitionName(1), 1, FirstPartitionBytes, "vfat", "system-boot", "/boot/firmware"),
        new(disk.PartitionName(2), 2, disk.Bytes - MiB - FirstPartitionBytes, "ext4", "writable", "/"),
    ];

    static string NextName(List<BlockDevice> devices, string transport)
    {
        if (transport == "nvme") return $"nvme{devices.Count(d => d.Transport == "nvme")}n1";
        var used = devices.Count(d => d.Transport == "usb");
        return "sd" + (char)('a' + used);
    }
}
