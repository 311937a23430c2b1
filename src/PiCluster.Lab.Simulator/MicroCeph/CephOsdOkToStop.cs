namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd ok-to-stop ID...` (day-2 §6.4): JSON on stdout either way; when stopping them would leave a PG with
/// fewer than min_size (2) replicas up, also `Error EBUSY: unsafe to stop osd(s) at this time (N PGs are or would become
/// offline)` on stderr and exit 16.</summary>
public static class CephOsdOkToStop
{
    const int MinSize = 2;

    public static int Run(CephHealth health, IReadOnlyList<string> words, Output output)
    {
        var (ids, error, code) = CephOsdIds.Parse(health.Cluster, words);
        if (error is not null)
            return output.Fail(error, code);

        var pgs = health.PgIds().ToList();
        var ok = Ok(health, ids);
        output.Line(CephJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("ok_to_stop", ok);
            json.WriteStartArray("osds");
            foreach (var id in ids)
                json.WriteNumberValue(id);

            json.WriteEndArray();
            json.WriteNumber("num_ok_pgs", ok ? pgs.Count : 0);
            json.WriteNumber("num_not_ok_pgs", ok ? 0 : pgs.Count);
            json.WriteStartArray(!ok ? "bad_become_inactive" : health.DegradedPgs > 0 ? "ok_become_more_degraded" : "ok_become_degraded");
            foreach (var pg in pgs)
                json.WriteStringValue(pg);

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        return ok ? 0 : output.Fail($"Error EBUSY: unsafe to stop osd(s) at this time ({pgs.Count} PGs are or would become offline)", 16);
    }

    /// <summary>Every PG has a replica on each OSD while there are no more OSDs than replicas; beyond that this counts alike.</summary>
    public static bool Ok(CephHealth health, IReadOnlyCollection<int> ids) =>
        health.OsdsIn.Count >= CephHealth.PoolSize
        && health.OsdsIn.Count(o => ids.Contains(o.Id) || !health.OsdsUp.Contains(o)) <= CephHealth.PoolSize - MinSize;
}
