using PiCluster.Lab.Simulator.Disks;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Turns one disk, or N loop files, into OSDs of the node's cluster; returns the error text for a refusal.</summary>
public sealed class OsdAdder(MicroCephContext context, NodeBlockDevices devices)
{
    // What the OS itself takes of the root filesystem, for the loop files' free-space check.
    const long SystemBytes = 4_000_000_000;

    public string? AddDisk(BlockDevice device, bool wipe)
    {
        var state = context.Store.Read();
        if (state.ClusterOf(context.Node)!.Osds.Any(o => o.Node == context.Node && o.Device == device.Name))
            return "failed to record disk: UNIQUE constraint failed: disks.member_id, disks.path";

        if (device.Mounted)
        {
            return $"device {device.Path} is currently mounted and cannot be used - aborting";
        }

        if (device.Partitions.Count > 0 && !wipe)
        {
            return $"data device {device.Path} has partitions - use --wipe to override";
        }

        if (device.FsType is not null && !wipe)
        {
            return $"data device {device.Path} is not pristine (contains data) - use --wipe to override";
        }

        if (wipe)
            devices.Wipe(device.Name);

        devices.MakeOsd(device.Name);
        Record(device.StablePath, device.Bytes, device.Name);
        return null;
    }

    public string? AddLoops(long sizeMb, int count)
    {
        var root = devices.Disks().SelectMany(d => d.Partitions).FirstOrDefault(p => p.MountPoint == "/")?.Bytes ?? 0;
        var used = context.Store.Read().ClusterOf(context.Node)!.Osds.Where(o => o.Node == context.Node && o.Device is null).Sum(o => o.Bytes);
        var wanted = sizeMb * count * 1024 * 1024;
        if (root - SystemBytes - used < wanted)
        {
            return $"insufficient free space for {count} loopback files of size {sizeMb}MB";
        }

        for (var i = 0; i < count; i++)
        {
            var id = Record(null, sizeMb * 1024 * 1024, null);
            var file = context.Files.LoopFile(id);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "");
        }

        return null;
    }

    int Record(string? path, long bytes, string? device) =>
        context.Store.Update(state =>
        {
            var cluster = state.ClusterOf(context.Node)!;
            var id = cluster.NextOsdId;
            var location = cluster.Members.First(m => m.Node == context.Node).Name;
            cluster.Osds.Add(new CephOsd(id, context.Node, location, path ?? MicroCephFiles.LoopPath(id), bytes, device, DateTimeOffset.UtcNow));
            return id;
        });
}
