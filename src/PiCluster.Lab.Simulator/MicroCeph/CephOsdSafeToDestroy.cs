namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd safe-to-destroy ID...` (day-2 §6.4, mgr DaemonServer): an OSD in the lab is never drained, so an up
/// one still holds its PGs (EBUSY, exit 16); a down one has no stats while PGs are degraded (EAGAIN, exit 11).
/// `-f json` lists them under stored_pgs / missing_stats with exit 0.</summary>
public static class CephOsdSafeToDestroy
{
    public static int Run(CephHealth health, IReadOnlyList<string> words, bool json, Output output)
    {
        var (ids, error, code) = CephOsdIds.Parse(health.Cluster, words);
        if (error is not null)
            return output.Fail(error, code);

        var missing = ids.Where(id => health.OsdsDown.Any(o => o.Id == id)).ToList();
        var stored = ids.Except(missing).ToList();
        if (json)
        {
            output.Line(CephJson.Write(w =>
            {
                w.WriteStartObject();
                foreach (var (name, list) in new[] { ("safe_to_destroy", new List<int>()), ("active", []), ("missing_stats", missing), ("stored_pgs", stored) })
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
            return output.Fail($"Error EBUSY: OSD(s) {string.Join(',', stored)} have {health.Pgs} pgs currently mapped to them.", 16);

        return output.Fail($"Error EAGAIN: OSD(s) {string.Join(',', missing)} have no reported stats, and not all PGs are active+clean; we cannot draw any conclusions.", 11);
    }
}
