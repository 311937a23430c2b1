using System.Globalization;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph mon dump [-f json]` (MonMap::dump, MonmapMonitor "mon dump"): the monmap with each mon's rank, name and addresses, then the
/// ranks in quorum; `dumped monmap epoch N` on stderr.</summary>
public static class CephMonDump
{
    static readonly string[] Persistent = ["kraken", "luminous", "mimic", "osdmap-prune", "nautilus", "octopus", "pacific", "elector-pinging", "quincy", "reef", "squid"];

    public static int Run(CephHealth health, bool json, bool pretty, Output output)
    {
        var cluster = health.Cluster;
        var mons = health.Mons;
        var quorum = health.MonsUp.Select(m => mons.ToList().IndexOf(m)).Order().ToList();
        if (json)
        {
            output.Line(CephJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("epoch", health.MonMapEpoch);
                w.WriteString("fsid", cluster.Fsid);
                w.WriteString("modified", Time(Modified(health)));
                w.WriteString("created", Time(cluster.Created));
                w.WriteNumber("min_mon_release", 19);
                w.WriteString("min_mon_release_name", "squid");
                w.WriteNumber("election_strategy", 1);
                w.WriteString("disallowed_leaders: ", "");
                w.WriteBoolean("stretch_mode", false);
                w.WriteString("tiebreaker_mon", "");
                w.WriteString("removed_ranks: ", "");
                w.WriteStartObject("features");
                w.WriteStartArray("persistent");
                foreach (var feature in Persistent)
                    w.WriteStringValue(feature);

                w.WriteEndArray();
                w.WriteStartArray("optional");
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartArray("mons");
                foreach (var (mon, rank) in mons.Select((m, i) => (m, i)))
                {
                    w.WriteStartObject();
                    w.WriteNumber("rank", rank);
                    w.WriteString("name", mon.Name);
                    w.WriteStartObject("public_addrs");
                    w.WriteStartArray("addrvec");
                    foreach (var (type, port) in new[] { ("v2", 3300), ("v1", 6789) })
                    {
                        w.WriteStartObject();
                        w.WriteString("type", type);
                        w.WriteString("addr", $"{mon.Ip}:{port}");
                        w.WriteNumber("nonce", 0);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteString("addr", $"{mon.Ip}:6789/0");
                    w.WriteString("public_addr", $"{mon.Ip}:6789/0");
                    w.WriteNumber("priority", 0);
                    w.WriteNumber("weight", 0);
                    w.WriteString("crush_location", "{}");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("quorum");
                foreach (var rank in quorum)
                    w.WriteNumberValue(rank);

                w.WriteEndArray();
                w.WriteEndObject();
            }, pretty));
        }
        else
        {
            output.Line($"epoch {health.MonMapEpoch}");
            output.Line($"fsid {cluster.Fsid}");
            output.Line($"last_changed {Time(Modified(health))}");
            output.Line($"created {Time(cluster.Created)}");
            output.Line("min_mon_release 19 (squid)");
            output.Line("election_strategy: 1");
            output.Lines(mons.Select((m, i) => $"{i}: {Addrs(m)} mon.{m.Name}"));
        }

        return output.Fail($"dumped monmap epoch {health.MonMapEpoch}", 0);
    }

    /// <summary>entity_addrvec_t as Ceph prints it.</summary>
    public static string Addrs(CephMember mon) => $"[v2:{mon.Ip}:3300/0,v1:{mon.Ip}:6789/0]";

    static DateTimeOffset Modified(CephHealth health) =>
        health.Mons.Select(m => m.Joined).Append(health.Cluster.Created).Append(health.Cluster.MonMapModified ?? DateTimeOffset.MinValue).Max();

    /// <summary>utime_t::gmtime: microseconds and a Z.</summary>
    static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
