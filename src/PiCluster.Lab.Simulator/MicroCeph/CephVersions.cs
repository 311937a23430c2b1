namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph versions`: how many running daemons of each kind run which Ceph, then overall; several keys in one kind
/// while an upgrade is half done (day-2 §6.6). Pretty JSON unless `-f json`.</summary>
public static class CephVersions
{
    static readonly string[] Kinds = ["mon", "mgr", "osd", "mds"];

    public static string Render(CephHealth health, bool pretty) => CephJson.Write(json =>
    {
        var running = Running(health).ToList();
        json.WriteStartObject();
        foreach (var kind in Kinds)
            Write(json, kind, running.Where(r => r.Kind == kind).Select(r => r.Version));

        Write(json, "overall", running.Select(r => r.Version));
        json.WriteEndObject();
    }, pretty);

    /// <summary>The oldest release any running daemon has: `require_osd_release` follows once all run the newer one.</summary>
    public static string OldestCodename(CephHealth health) =>
        Running(health).Select(r => r.Version).Order(StringComparer.Ordinal).Select(v => v.Split(' ')[4]).FirstOrDefault() ?? "squid";

    static IEnumerable<(string Kind, string Version)> Running(CephHealth health)
    {
        string Version(string node) => CephRelease.Describe(health.Daemons.GetValueOrDefault(node)?.Version ?? "19.2.0");
        foreach (var mon in health.MonsUp)
            yield return ("mon", Version(mon.Node));

        foreach (var mgr in health.MgrsUp)
            yield return ("mgr", Version(mgr.Node));

        foreach (var osd in health.OsdsUp)
            yield return ("osd", Version(osd.Node));

        foreach (var mds in health.Running.Where(m => m.Services.Contains("mds")))
            yield return ("mds", Version(mds.Node));
    }

    static void Write(System.Text.Json.Utf8JsonWriter json, string kind, IEnumerable<string> versions)
    {
        json.WriteStartObject(kind);
        foreach (var group in versions.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal))
            json.WriteNumber(group.Key, group.Count());

        json.WriteEndObject();
    }
}
