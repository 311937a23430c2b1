using System.Globalization;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph -s` as text: cluster (id, health and its reasons), services (mon, mgr, osd) and data.</summary>
public static class CephStatusText
{
    public static string Render(CephHealth health)
    {
        var cluster = health.Cluster;
        var now = DateTimeOffset.UtcNow;
        var text = new StringBuilder();
        text.Append($"  cluster:\n    id:     {cluster.Fsid}\n    health: {health.Status}\n");
        foreach (var check in health.Checks)
        {
            text.Append($"            {check.Message}\n");
        }

        var quorum = string.Join(',', health.MonsUp.Select(m => m.Name));
        var outOfQuorum = health.Mons.Except(health.MonsUp).Select(m => m.Name).ToList();
        text.Append($"\n  services:\n    mon: {health.Mons.Count} daemons, quorum {quorum} (age {Age(now - cluster.Created)})");
        text.Append(outOfQuorum.Count > 0 ? $", out of quorum: {string.Join(", ", outOfQuorum)}\n" : "\n");
        if (health.MgrsUp.Count > 0)
        {
            var standbys = health.MgrsUp.Skip(1).Select(m => m.Name).ToList();
            text.Append($"    mgr: {health.MgrsUp[0].Name}(active, since {Age(now - cluster.Created)})");
            text.Append(standbys.Count > 0 ? $", standbys: {string.Join(", ", standbys)}\n" : "\n");
        }

        var osds = cluster.Osds;
        text.Append(osds.Count == 0
            ? "    osd: 0 osds: 0 up, 0 in\n"
            : $"    osd: {osds.Count} osds: {health.OsdsUp.Count} up (since {Age(now - health.OsdsUpSince)}), {health.OsdsIn.Count} in (since {Age(now - osds.Max(o => o.Out ?? o.Added))})\n");
        var pools = 1 + cluster.Pools.Count;
        var total = health.OsdsUp.Sum(o => o.Bytes);
        var used = health.OsdsUp.Count * 27L * 1024 * 1024;
        text.Append($"\n  data:\n    pools:   {pools} pools, {health.Pgs} pgs\n    objects: 0 objects, 0 B\n");
        text.Append($"    usage:   {Bytes(used)} used, {Bytes(total - used)} / {Bytes(total)} avail\n");
        text.Append(health.OsdsUp.Count == 0
            ? $"    pgs:     100.000% pgs unknown\n             {health.Pgs} unknown\n"
            : Pgs(health.PgStates));
        return text.ToString();
    }

    /// <summary>One line per state, counts left-aligned to the widest (PGMapDigest::print_summary).</summary>
    static string Pgs(IReadOnlyList<(string State, int Count)> states)
    {
        var width = states.Max(s => s.Count.ToString(CultureInfo.InvariantCulture).Length);
        return string.Concat(states.Select((s, i) => $"{(i == 0 ? "    pgs:     " : "             ")}{s.Count.ToString(CultureInfo.InvariantCulture).PadRight(width)} {s.State}\n"));
    }

    public static string Age(TimeSpan age) => age.TotalSeconds switch
    {
        < 60 => $"{Math.Max(0, (int)age.TotalSeconds)}s",
        < 3600 => $"{(int)age.TotalMinutes}m",
        < 86400 => $"{(int)age.TotalHours}h",
        _ => $"{(int)age.TotalDays}d",
    };

    /// <summary>Ceph's byte counts: "0 B", "336 MiB", "60 GiB", "1.4 TiB".</summary>
    public static string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        var value = (double)Math.Max(0, bytes);
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var number = value >= 10 || unit == 0 ? Math.Round(value).ToString(CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);
        return $"{number} {units[unit]}";
    }
}
