using PiCluster.Lab.Simulator.Disks;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Takes an OSD out of the OSD map (`ceph osd purge`); with zap, also what `microceph disk remove` does after it: the disk's
/// bluestore label wiped and the OSD's data directory (a loop file's home) deleted.</summary>
public static class OsdPurge
{
    /// <summary>Purging drops the OSD's 4 map epochs from the count the epoch is derived from; 5 more keeps the epoch rising by one.</summary>
    const int EpochsPerPurge = 5;

    public static void Purge(MicroCephContext context, string fsid, int id, bool zap)
    {
        var osd = context.Store.Update(state =>
        {
            var cluster = state.Clusters[fsid];
            var found = cluster.Osds.FirstOrDefault(o => o.Id == id);
            if (found is not null)
            {
                cluster.Osds.Remove(found);
                cluster.OsdMapChanges += EpochsPerPurge;
            }

            return found;
        });
        if (osd is null || !zap)
            return;

        if (osd.Device is { } device)
            new NodeBlockDevices(context.Invocation.Paths, osd.Node).Wipe(device);

        var dir = Path.GetDirectoryName(new MicroCephFiles(context.Invocation.Paths, osd.Node).LoopFile(id))!;
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }
}
