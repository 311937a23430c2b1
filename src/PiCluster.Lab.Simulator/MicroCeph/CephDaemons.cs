using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>A `snap refresh` to another revision restarts every Ceph daemon on that node (reference day-2 §1.7). snapd records
/// the new revision; the next Ceph command notes the restart, and for Delays.CephRestartMs after the refresh ended (3 s unless
/// set: OSDs boot and report up within a few seconds) that node's mon, mgr and OSDs are down. A refresh that only changes the
/// channel keeps the revision and restarts nothing.</summary>
public static class CephDaemons
{
    /// <summary>`snap install`: the daemons start with the snap, there is no restart to show.</summary>
    public static void Installed(LabPaths paths, string node, InstalledSnap snap) =>
        new MicroCephStore(paths).Update(state => state.Daemons[node] = new(snap.Revision, snap.Version, DateTimeOffset.MinValue));

    public static void Removed(LabPaths paths, string node) =>
        new MicroCephStore(paths).Update(state => state.Daemons.Remove(node));

    /// <summary>What each of these nodes runs, after noting any refresh snapd recorded since the last look.</summary>
    public static IReadOnlyDictionary<string, CephDaemonRun> Observe(MicroCephContext context, IEnumerable<string> nodes)
    {
        var snaps = nodes.Distinct()
            .Select(node => (Node: node, Snap: SnapdStore.Installed(context.Invocation.Paths, node, "microceph")))
            .Where(s => s.Snap is not null)
            .ToList();
        var daemons = context.Store.Read().Daemons;
        if (snaps.All(s => daemons.TryGetValue(s.Node, out var run) && run.Revision == s.Snap!.Revision))
            return daemons;

        var restart = TimeSpan.FromMilliseconds(context.Invocation.Delays.CephRestartMs);
        return context.Store.Update(state =>
        {
            foreach (var (node, snap) in snaps)
            {
                if (!state.Daemons.TryGetValue(node, out var run))
                    state.Daemons[node] = new(snap!.Revision, snap.Version, DateTimeOffset.MinValue);
                else if (run.Revision != snap!.Revision)
                    state.Daemons[node] = new(snap.Revision, snap.Version, snap.RefreshDate, snap.RefreshDate + restart);
            }

            return state.Daemons;
        });
    }

    public static bool Restarting(IReadOnlyDictionary<string, CephDaemonRun> daemons, string node, DateTimeOffset now) =>
        daemons.TryGetValue(node, out var run) && now < run.Up;

    /// <summary>When the node's daemons last came up, or MinValue.</summary>
    public static DateTimeOffset UpSince(IReadOnlyDictionary<string, CephDaemonRun> daemons, string node) =>
        daemons.TryGetValue(node, out var run) ? run.Up : DateTimeOffset.MinValue;
}
