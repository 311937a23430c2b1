namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph mon rm NAME` (MonmapMonitor::prepare_command): `removing mon.NAME at [v2:…,v1:…], there will be N monitors` on stderr, exit 0;
/// a name not in the monmap is not an error either.</summary>
public static class CephMonRemove
{
    public static int Run(MicroCephContext context, CephHealth health, string name, Output output)
    {
        if (health.Mons.FirstOrDefault(m => m.Name == name) is not { } mon)
            return output.Fail($"mon.{name} does not exist or has already been removed", 0);

        if (health.Mons.Count == 1)
            return output.Fail($"Error EINVAL: error: refusing removal of last monitor {name}", 22);

        context.Store.Update(state =>
        {
            var cluster = state.Clusters[health.Cluster.Fsid];
            foreach (var list in new[] { cluster.Members, cluster.Departed })
            {
                var index = list.FindIndex(m => m.Name == name && m.Services.Contains("mon"));
                if (index >= 0)
                    list[index] = list[index] with { Services = [.. list[index].Services.Where(s => s != "mon")] };
            }

            cluster.MonMapChanges++;
            cluster.MonMapModified = DateTimeOffset.UtcNow;
            return 0;
        });
        return output.Fail($"removing mon.{name} at {CephMonDump.Addrs(mon)}, there will be {health.Mons.Count - 1} monitors", 0);
    }
}
