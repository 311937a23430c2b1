namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>The cluster's health as Ceph's monitors would report it at this moment. A member's daemons are down while its
/// Pi is off, its MicroCeph daemon stopped, or for a moment after a refresh restarted them (<see cref="CephDaemons"/>).</summary>
public sealed record CephHealth(
    CephClusterRecord Cluster, IReadOnlyList<CephMember> Running, IReadOnlyList<CephMember> Mons, IReadOnlyList<CephMember> MonsUp, IReadOnlyList<CephMember> MgrsUp,
    IReadOnlyList<CephOsd> OsdsUp, IReadOnlyList<HealthCheck> Checks, IReadOnlyDictionary<string, CephDaemonRun> Daemons, DateTimeOffset Now, TimeSpan Rebalance)
{
    /// <summary>osd_pool_default_size: replicas per object. The failure domain is the OSD until three hosts have OSDs,
    /// then the host, so three OSDs anywhere are enough.</summary>
    public const int PoolSize = 3;

    /// <summary>mon_health_max_detail: PG lines `ceph health detail` lists (Ceph stops adding once past it, so one more).</summary>
    const int MaxDetail = 50;

    public string Status => Checks.Count == 0 ? "HEALTH_OK" : "HEALTH_WARN";

    /// <summary>More than half the monitors up; without it a Ceph client times out connecting.</summary>
    public bool HasQuorum => MonsUp.Count * 2 > Mons.Count;

    public const string NoQuorum = "[errno 110] RADOS timed out (error connecting to the cluster)";

    /// <summary>.mgr's one PG plus 32 for each pool made on the cluster.</summary>
    public int Pgs => 1 + 32 * Cluster.Pools.Count;

    public IReadOnlyList<CephOsd> OsdsDown => Cluster.Osds.Except(OsdsUp).ToList();

    /// <summary>OSDs not marked out: the ones PGs map to.</summary>
    public IReadOnlyList<CephOsd> OsdsIn => Cluster.Osds.Where(o => o.Out is null).ToList();

    /// <summary>Down but still in: these raise OSD_DOWN and leave their PGs degraded until they are back.</summary>
    public IReadOnlyList<CephOsd> OsdsDownIn => OsdsIn.Except(OsdsUp).ToList();

    /// <summary>Marked out less than Rebalance ago: their PGs are still being backfilled onto the OSDs left in.</summary>
    public IReadOnlyList<CephOsd> OsdsDraining => Cluster.Osds.Where(o => o.Out is { } since && Now < since + Rebalance && OsdsIn.Count >= PoolSize).ToList();

    /// <summary>PGs with a replica on a down OSD (all of them while there are no more OSDs than replicas); they stay
    /// active+undersized+degraded until it is back.</summary>
    public int DegradedPgs =>
        OsdsIn.Count < PoolSize || OsdsUp.Count == 0 || OsdsDownIn.Count == 0 ? 0
        : Math.Min(Pgs - BackfillingPgs, (int)Math.Ceiling(Pgs * (double)PoolSize * OsdsDownIn.Count / OsdsIn.Count));

    /// <summary>PGs that had a replica on an OSD being drained: degraded (it is stopped) and remapped until backfill ends.</summary>
    public int BackfillingPgs =>
        OsdsDraining.Count == 0 || OsdsUp.Count == 0 ? 0
        : Math.Min(Pgs, (int)Math.Ceiling(Pgs * (double)PoolSize * OsdsDraining.Count / (OsdsIn.Count + OsdsDraining.Count)));

    public const string Backfilling = "active+undersized+degraded+remapped+backfilling";

    /// <summary>PG states and their counts, most PGs first, as `ceph -s` lists them.</summary>
    public IReadOnlyList<(string State, int Count)> PgStates =>
        OsdsUp.Count == 0 ? [("unknown", Pgs)]
        : OsdsIn.Count < PoolSize ? [("active+undersized", Pgs)]
        : new[] { ("active+clean", Pgs - DegradedPgs - BackfillingPgs), ("active+undersized+degraded", DegradedPgs), (Backfilling, BackfillingPgs) }
            .Where(s => s.Item2 > 0).OrderByDescending(s => s.Item2).ToList();

    /// <summary>When the set of up OSDs last changed: an OSD added, a node's daemons stopped or back.</summary>
    public DateTimeOffset OsdsUpSince => Cluster.Osds
        .Select(o => OsdsUp.Contains(o) ? Max(o.Added, CephDaemons.UpSince(Daemons, o.Node)) : Max(o.Added, Daemons.GetValueOrDefault(o.Node)?.Started ?? o.Added))
        .DefaultIfEmpty(Cluster.Created).Max();

    /// <summary>1 at creation, 4 more for each OSD created and booted, one for each flag change.</summary>
    public int OsdMapEpoch => 1 + 4 * Cluster.Osds.Count + Cluster.OsdMapChanges;

    /// <summary>One per monitor added, one more for each `ceph mon rm`.</summary>
    public int MonMapEpoch => Mons.Count + 2 * Cluster.MonMapChanges;

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    public static CephHealth Assess(MicroCephContext context, CephClusterRecord cluster)
    {
        var now = DateTimeOffset.UtcNow;
        var daemons = CephDaemons.Observe(context, cluster.Members.Select(m => m.Node));
        var running = cluster.Members.Where(m => context.Online(m) && !CephDaemons.Restarting(daemons, m.Node, now)).ToList();
        var mons = Monitors(cluster);
        var monsUp = mons.Where(running.Contains).ToList();
        var mgrsUp = cluster.Members.Where(m => m.Services.Contains("mgr") && running.Contains(m)).ToList();
        var osdsUp = cluster.Osds.Where(o => o.Out is null && running.Any(m => m.Node == o.Node && m.Name == o.Location)).ToList();
        var health = new CephHealth(cluster, running, mons, monsUp, mgrsUp, osdsUp, [], daemons, now, TimeSpan.FromMilliseconds(context.Invocation.Delays.RebalanceMs));
        return health with { Checks = health.Raise().OrderBy(c => c.Code, StringComparer.Ordinal).ToList() };
    }

    /// <summary>The monmap: every member holding a mon, and the mons of members forced out while down; ranked by address as Ceph ranks them.</summary>
    public static List<CephMember> Monitors(CephClusterRecord cluster) =>
        [.. cluster.Members.Concat(cluster.Departed).Where(m => m.Services.Contains("mon")).OrderBy(m => System.Net.IPAddress.Parse(m.Ip).GetAddressBytes(), ByteOrder.Instance)];

    IEnumerable<HealthCheck> Raise()
    {
        if (MonsUp.Count < Mons.Count)
            yield return new("MON_DOWN", $"{Mons.Count - MonsUp.Count}/{Mons.Count} mons down, quorum {string.Join(',', MonsUp.Select(m => m.Name))}", Mons.Count - MonsUp.Count);

        if (Cluster.OsdFlags.Count > 0)
        {
            // Ceph counts the flag string's length here ("kludgey but sufficient", OSDMap::check_health).
            var flags = OsdMapFlags.Describe(Cluster.OsdFlags);
            yield return new("OSDMAP_FLAGS", $"{flags} flag(s) set", flags.Length);
        }

        var down = OsdsDownIn;
        if (down.Count > 0)
        {
            yield return new("OSD_DOWN", $"{down.Count} osds down", down.Count,
                down.OrderBy(o => o.Id).Select(o => $"osd.{o.Id} (root=default,host={o.Location}) is down").ToList());
            var hosts = down.GroupBy(o => o.Location).Where(h => h.Count() == OsdsIn.Count(o => o.Location == h.Key)).ToList();
            if (hosts.Count > 0)
            {
                yield return new("OSD_HOST_DOWN", $"{hosts.Count} host{(hosts.Count == 1 ? "" : "s")} ({hosts.Sum(h => h.Count())} osds) down", hosts.Count,
                    hosts.OrderByDescending(h => h.Key, StringComparer.Ordinal).Select(h => $"host {h.Key} (root=default) ({h.Count()} osds) is down").ToList());
            }
        }

        var degraded = DegradedPgs + BackfillingPgs;
        if (degraded > 0)
        {
            var acting = string.Join(',', OsdsUp.Select(o => o.Id).Order().Take(PoolSize));
            var state = BackfillingPgs > 0 ? Backfilling : "active+undersized+degraded";
            yield return new("PG_DEGRADED", $"Degraded data redundancy: {degraded} pg{(degraded == 1 ? "" : "s")} degraded", degraded,
                PgIds().Take(Math.Min(degraded, MaxDetail + 1)).Select(pg => $"pg {pg} is {state}, acting [{acting}]").ToList());
        }

        if (Cluster.Osds.Count < PoolSize)
            yield return new("TOO_FEW_OSDS", $"OSD count {Cluster.Osds.Count} < osd_pool_default_size {PoolSize}", PoolSize - Cluster.Osds.Count);
    }

    /// <summary>"1.0" (.mgr), then "2.0" … "2.1f" for each further pool, as Ceph sorts and prints them.</summary>
    public IEnumerable<string> PgIds() =>
        Enumerable.Range(0, Cluster.Pools.Count).SelectMany(p => Enumerable.Range(0, 32).Select(seed => $"{p + 2}.{seed:x}")).Prepend("1.0");
}
