using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph -s -f json`: the parts of Ceph's status document a tool reads (`.health.status`, the maps' counts).</summary>
public static class CephStatusJson
{
    public static string Render(CephHealth health, bool pretty) => Write(pretty, json =>
    {
        var cluster = health.Cluster;
        json.WriteStartObject();
        json.WriteString("fsid", cluster.Fsid);
        json.WritePropertyName("health");
        WriteHealth(json, health);
        json.WriteNumber("election_epoch", 2 * health.Mons.Count + 1);
        json.WriteStartArray("quorum");
        foreach (var mon in health.MonsUp)
            json.WriteNumberValue(health.Mons.ToList().IndexOf(mon));

        json.WriteEndArray();
        json.WriteStartArray("quorum_names");
        foreach (var mon in health.MonsUp)
            json.WriteStringValue(mon.Name);

        json.WriteEndArray();
        json.WriteNumber("quorum_age", (long)(DateTimeOffset.UtcNow - cluster.Created).TotalSeconds);
        json.WriteStartObject("monmap");
        json.WriteNumber("epoch", health.MonMapEpoch);
        json.WriteString("min_mon_release_name", "squid");
        json.WriteNumber("num_mons", health.Mons.Count);
        json.WriteEndObject();
        json.WriteStartObject("osdmap");
        json.WriteNumber("epoch", health.OsdMapEpoch);
        json.WriteNumber("num_osds", cluster.Osds.Count);
        json.WriteNumber("num_up_osds", health.OsdsUp.Count);
        json.WriteNumber("num_in_osds", health.OsdsIn.Count);
        json.WriteNumber("num_remapped_pgs", health.BackfillingPgs);
        json.WriteEndObject();
        json.WriteStartObject("pgmap");
        json.WriteStartArray("pgs_by_state");
        foreach (var (state, count) in health.PgStates)
        {
            json.WriteStartObject();
            json.WriteString("state_name", state);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("num_pgs", health.Pgs);
        json.WriteNumber("num_pools", 1 + cluster.Pools.Count);
        json.WriteNumber("num_objects", 0);
        json.WriteNumber("data_bytes", 0);
        json.WriteNumber("bytes_total", health.OsdsUp.Sum(o => o.Bytes));
        json.WriteEndObject();
        json.WriteStartObject("mgrmap");
        json.WriteBoolean("available", health.MgrsUp.Count > 0);
        json.WriteNumber("num_standbys", Math.Max(0, health.MgrsUp.Count - 1));
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>`ceph health -f json`, and the `health` member of the status.</summary>
    public static string Health(CephHealth health) => Write(false, json => WriteHealth(json, health));

    static void WriteHealth(Utf8JsonWriter json, CephHealth health)
    {
        json.WriteStartObject();
        json.WriteString("status", health.Status);
        json.WriteStartObject("checks");
        foreach (var check in health.Checks)
        {
            json.WriteStartObject(check.Code);
            json.WriteString("severity", "HEALTH_WARN");
            json.WriteStartObject("summary");
            json.WriteString("message", check.Message);
            json.WriteNumber("count", check.Count);
            json.WriteEndObject();
            json.WriteBoolean("muted", false);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("mutes");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static string Write(bool pretty, Action<Utf8JsonWriter> write) => CephJson.Write(write, pretty);
}
