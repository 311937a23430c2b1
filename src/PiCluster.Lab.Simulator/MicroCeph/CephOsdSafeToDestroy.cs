namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd safe-to-destroy ID...` (day-2 §6.4, mgr DaemonServer): an OSD that is in still holds its PGs (EBUSY, exit 16), and so
/// does one marked out while its PGs are being backfilled elsewhere; a down one that is in has no stats while PGs are degraded (EAGAIN,
/// exit 11); one marked out and drained is safe (exit 0). `-f json` lists them under safe_to_destroy / missing_stats / stored_pgs with exit 0.</summary>
public static class CephOsdSafeToDestroy
{
    public static int Run(CephHealth health, IReadOnlyList<string> words, bool json, Output output)
    {
        var (ids, error, code) = CephOsdIds.Parse(health.Cluster, words);
        if (error is not null)
            return output.Fail(error, code);

        var osds = ids.Select(id => health.Cluster.Osds.First(o => o.Id == id)).ToList();
        var safe = osds.Where(o => o.Out is not null && !health.OsdsDraining.Contains(o)).Select(o => o.Id).ToList();
        var missing = osds.Where(o => health.OsdsDownIn.Contains(o)).Select(o => o.Id).ToList();
        var stored = ids.Except(safe).Except(missing).ToList();
        if (json)
        {
            output.Line(CephJson.Write(w =>
            {
                w.WriteStartObject();
                foreach (var (name, list) in new[] { ("safe_to_destroy", safe), ("active", []), ("missing_stats", missing), ("stored_pgs", stored) })
                {
                    w.WriteStartArray(name);
                    foreach (var id in list)
                        w.WriteNumberValue(id);

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }));
            return 0;
        }

        if (stored.Count > 0)
        {
            var pgs = stored.All(id => health.OsdsDraining.Any(o => o.Id == id)) ? health.BackfillingPgs : health.Pgs;
            return output.Fail($"Error EBUSY: OSD(s) {string.Join(',', stored)} have {pgs} pgs currently mapped to them.", 16);
        }

        if (missing.Count > 0)
            return output.Fail($"Error EAGAIN: OSD(s) {string.Join(',', missing)} have no reported stats, and not all PGs are active+clean; we cannot draw any conclusions.", 11);

        return output.Fail($"OSD(s) {string.Join(',', safe)} are safe to destroy without reducing data durability.", 0);
    }
}
