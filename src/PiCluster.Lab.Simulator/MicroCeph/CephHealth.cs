namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>The cluster's health as Ceph's monitors would report it at this moment.</summary>
public sealed record CephHealth(
    CephClusterRecord Cluster, IReadOnlyList<CephMember> Mons, IReadOnlyList<CephMember> MonsUp, IReadOnlyList<CephMember> MgrsUp,
    IReadOnlyList<CephOsd> OsdsUp, IReadOnlyList<HealthCheck> Checks)
{
    /// <summary>osd_pool_default_size: replicas per object. The failure domain is the OSD until three hosts have OSDs,
    /// then the host, so three OSDs anywhere are enough.</summary>
    public const int PoolSize = 3;

    public string Status => Checks.Count == 0 ? "HEALTH_OK" : "HEALTH_WARN";

    /// <summary>More than half the monitors up; without it a Ceph client times out connecting.</summary>
    public bool HasQuorum => MonsUp.Count * 2 > Mons.Count;

    public const string NoQuorum = "[errno 110] RADOS timed out (error connecting to the cluster)";

    public static CephHealth Assess(MicroCephContext context, CephClusterRecord cluster)
    {
        var online = cluster.Members.Where(context.Online).ToList();
        var mons = cluster.Members.Where(m => m.Services.Contains("mon")).ToList();
        var monsUp = mons.Where(online.Contains).ToList();
        var mgrsUp = cluster.Members.Where(m => m.Services.Contains("mgr") && online.Contains(m)).ToList();
        var osdsUp = cluster.Osds.Where(o => online.Any(m => m.Node == o.Node && m.Name == o.Location)).ToList();
        var checks = new List<HealthCheck>();
        if (monsUp.Count < mons.Count)
        {
            checks.Add(new("MON_DOWN", $"{mons.Count - monsUp.Count}/{mons.Count} mons down, quorum {string.Join(',', monsUp.Select(m => m.Name))}", mons.Count - monsUp.Count));
        }

        var down = cluster.Osds.Except(osdsUp).ToList();
        if (down.Count > 0)
        {
            var hosts = down.Select(o => o.Location).Distinct().Count();
            checks.Add(new("OSD_DOWN", $"{down.Count} osds down", down.Count));
            checks.Add(new("OSD_HOST_DOWN", $"{hosts} host{(hosts == 1 ? "" : "s")} ({down.Count} osds) down", hosts));
        }

        if (cluster.Osds.Count < PoolSize)
        {
            checks.Add(new("TOO_FEW_OSDS", $"OSD count {cluster.Osds.Count} < osd_pool_default_size {PoolSize}", 1));
        }

        return new CephHealth(cluster, mons, monsUp, mgrsUp, osdsUp, checks);
    }
}
