using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd dump [-f json]`: the OSD map's head (epoch, flags, ratios, releases), its pools and one line per OSD.
/// MicroCeph reads `.flags_set` of the JSON to see noout (day-2 §6.4).</summary>
public static class CephOsdDump
{
    public static string Text(CephHealth health)
    {
        var cluster = health.Cluster;
        var text = new StringBuilder();
        text.Append($"epoch {health.OsdMapEpoch}\nfsid {cluster.Fsid}\ncreated {Stamp(cluster.Created)}\nmodified {Stamp(Modified(health))}\n");
        text.Append($"flags {Flags(cluster)}\ncrush_version {1 + 2 * cluster.Osds.Count}\n");
        text.Append("full_ratio 0.95\nbackfillfull_ratio 0.9\nnearfull_ratio 0.85\nrequire_min_compat_client luminous\nmin_compat_client jewel\n");
        text.Append($"require_osd_release {CephVersions.OldestCodename(health)}\nstretch_mode_enabled false\n");
        foreach (var (id, name, pgs) in Pools(cluster))
        {
            text.Append($"pool {id} '{name}' replicated size {CephHealth.PoolSize} min_size 2 crush_rule 0 object_hash rjenkins pg_num {pgs} pgp_num {pgs} "
                + $"autoscale_mode on last_change {health.OsdMapEpoch} flags hashpspool stripe_width 0{(id == 1 ? " pg_num_max 32 pg_num_min 1 application mgr" : " application rbd")}\n");
        }

        text.Append($"max_osd {cluster.NextOsdId}\n");
        foreach (var osd in cluster.Osds.OrderBy(o => o.Id))
        {
            var up = health.OsdsUp.Contains(osd);
            var ip = cluster.Members.Concat(cluster.Departed).FirstOrDefault(m => m.Node == osd.Node)?.Ip ?? "0.0.0.0";
            var addresses = $"[v2:{ip}:6802/{osd.Id},v1:{ip}:6803/{osd.Id}] [v2:{ip}:6804/{osd.Id},v1:{ip}:6805/{osd.Id}]";
            text.Append($"osd.{osd.Id}{(up ? " up  " : " down")} {(osd.Out is null ? "in  weight 1" : "out weight 0")} up_from {4 * osd.Id} up_thru {health.OsdMapEpoch} down_at 0 "
                + $"last_clean_interval [0,0) {addresses} {(up ? "exists,up" : "exists")} {Uuid(cluster, osd)}\n");
        }

        return text.ToString();
    }

    public static string Json(CephHealth health, bool pretty) => CephJson.Write(json =>
    {
        var cluster = health.Cluster;
        var flags = cluster.OsdFlags.Concat(OsdMapFlags.Always).ToList();
        json.WriteStartObject();
        json.WriteNumber("epoch", health.OsdMapEpoch);
        json.WriteString("fsid", cluster.Fsid);
        json.WriteString("created", Stamp(cluster.Created));
        json.WriteString("modified", Stamp(Modified(health)));
        json.WriteString("flags", Flags(cluster));
        json.WriteNumber("flags_num", OsdMapFlags.Number(flags));
        json.WriteStartArray("flags_set");
        foreach (var flag in flags.Order(StringComparer.Ordinal))
            json.WriteStringValue(flag);

        json.WriteEndArray();
        json.WriteNumber("crush_version", 1 + 2 * cluster.Osds.Count);
        json.WriteNumber("full_ratio", 0.95);
        json.WriteNumber("backfillfull_ratio", 0.9);
        json.WriteNumber("nearfull_ratio", 0.85);
        json.WriteNumber("max_osd", cluster.NextOsdId);
        json.WriteString("require_min_compat_client", "luminous");
        json.WriteString("min_compat_client", "jewel");
        json.WriteString("require_osd_release", CephVersions.OldestCodename(health));
        json.WriteStartArray("pools");
        foreach (var (id, name, pgs) in Pools(cluster))
        {
            json.WriteStartObject();
            json.WriteNumber("pool", id);
            json.WriteString("pool_name", name);
            json.WriteNumber("size", CephHealth.PoolSize);
            json.WriteNumber("min_size", 2);
            json.WriteNumber("pg_num", pgs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("osds");
        foreach (var osd in cluster.Osds.OrderBy(o => o.Id))
        {
            var up = health.OsdsUp.Contains(osd);
            json.WriteStartObject();
            json.WriteNumber("osd", osd.Id);
            json.WriteString("uuid", Uuid(cluster, osd));
            json.WriteNumber("up", up ? 1 : 0);
            json.WriteNumber("in", osd.Out is null ? 1 : 0);
            json.WriteNumber("weight", osd.Out is null ? 1 : 0);
            json.WriteStartArray("state");
            json.WriteStringValue("exists");
            if (up)
                json.WriteStringValue("up");

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }, pretty);

    static string Flags(CephClusterRecord cluster) => OsdMapFlags.Describe(cluster.OsdFlags.Concat(OsdMapFlags.Always));

    static IEnumerable<(int Id, string Name, int Pgs)> Pools(CephClusterRecord cluster) =>
        cluster.Pools.Select((name, i) => (i + 2, name, 32)).Prepend((1, ".mgr", 1));

    static DateTimeOffset Modified(CephHealth health) =>
        new[] { health.Cluster.Created, health.OsdsUpSince }.Concat(health.Cluster.Osds.Select(o => o.Added)).Max();

    static string Uuid(CephClusterRecord cluster, CephOsd osd) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{cluster.Fsid}/osd.{osd.Id}"))[..16]).ToString();

    static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+0000";
}
