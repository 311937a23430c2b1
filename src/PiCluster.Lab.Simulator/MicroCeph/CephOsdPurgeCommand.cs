namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd purge ID|osd.ID --yes-i-really-mean-it` (OSDMonitor): refuses an OSD that is up, needs the flag, and answers
/// `purged osd.N` on stderr; an OSD the map lacks is `osd.N does not exist.` with exit 0.</summary>
public static class CephOsdPurgeCommand
{
    public static int Run(MicroCephContext context, CephHealth health, IReadOnlyList<string> words, bool sure, Output output)
    {
        if (words is not [var word])
            return output.Fail("Error EINVAL: invalid command", 22);

        var number = word.StartsWith("osd.", StringComparison.Ordinal) ? word[4..] : word;
        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return output.Fail($"Error EINVAL: invalid osd id '{word}'", 22);

        if (health.Cluster.Osds.FirstOrDefault(o => o.Id == id) is not { } osd)
            return output.Fail($"osd.{id} does not exist.", 0);

        if (health.OsdsUp.Contains(osd))
            return output.Fail($"Error EBUSY: osd.{id} is not `down`.", 16);

        if (!sure)
        {
            return output.Fail("Error EPERM: Are you SURE?  This will mean real, permanent data loss, as well as deletion of cephx and lockbox keys. "
                + "Pass --yes-i-really-mean-it if you really do.", 1);
        }

        OsdPurge.Purge(context, health.Cluster.Fsid, id, zap: false);
        return output.Fail($"purged osd.{id}", 0);
    }
}
