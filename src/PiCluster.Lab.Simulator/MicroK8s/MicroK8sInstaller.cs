using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What installing, refreshing and removing the microk8s snap does to the node: files, shims, cluster state.</summary>
public static class MicroK8sInstaller
{
    public static void Install(Invocation invocation, InstalledSnap snap)
    {
        var files = invocation.Files;
        var revision = snap.Revision.ToString();
        SnapShims.PointCurrent(files.SnapDir, revision);
        SnapShims.PointCurrent(files.DataDir, revision);
        Directory.CreateDirectory(files.Common);
        MicroK8sLayout.WriteDefaults(files);
        NodeCerts.Produce(files, invocation.Self.Address);
        MicroK8sLayout.WriteShims(invocation);
        NodeEnvironment.AddMicroK8sGroup(invocation.Paths, invocation.Node);
        var readyAt = DateTimeOffset.UtcNow.AddMilliseconds(invocation.Delays.MicroK8sStartMs);
        var store = new ClusterStore(invocation.Paths);
        var cluster = store.Update(state => SingleNodeCluster.Create(state, invocation.Self, snap.Version, readyAt));
        NodeFiles.WriteIfChanged(files.ClientConfig, Kubeconfig.Render("127.0.0.1", cluster.CaSeed));
    }

    public static void Refresh(Invocation invocation, InstalledSnap before, InstalledSnap after)
    {
        var files = invocation.Files;
        foreach (var dir in new[] { files.SnapDir, files.DataDir })
        {
            var old = Path.Combine(dir, before.Revision.ToString());
            if (Directory.Exists(old) && before.Revision != after.Revision)
                Directory.Move(old, Path.Combine(dir, after.Revision.ToString()));

            SnapShims.PointCurrent(dir, after.Revision.ToString());
        }

        new ClusterStore(invocation.Paths).Update(state =>
        {
            if (state.Node(invocation.Node) is not { } record)
                return;

            record.KubeletVersion = after.Version;
            record.ReadyAt = DateTimeOffset.UtcNow.AddMilliseconds(invocation.Delays.MicroK8sStartMs);
            if (state.ClusterOf(invocation.Node) is { } cluster)
            {
                var index = cluster.KubeNodes.FindIndex(n => n.Node == invocation.Node);
                if (index >= 0)
                {
                    cluster.KubeNodes[index] = cluster.KubeNodes[index] with { KubeletVersion = after.Version };
                }
            }
        });
    }

    /// <summary>A wiped node: its files go, but other members keep its dqlite entry and Node object (stale until remove-node).</summary>
    public static void Remove(Invocation invocation)
    {
        var files = invocation.Files;
        new ClusterStore(invocation.Paths).Update(state => { state.Nodes.Remove(invocation.Node); });
        foreach (var dir in new[] { files.DataDir, files.SnapDir })
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }

        MicroK8sLayout.DeleteShims(invocation);
    }
}
