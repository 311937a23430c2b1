using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>What installing, removing, stopping and starting the microceph snap does to the node.</summary>
public static class MicroCephInstaller
{
    /// <summary>`microceph`, and `microceph.ceph` with its alias `ceph`.</summary>
    static readonly (string Command, string Program)[] Commands =
        [("microceph", "microceph"), ("microceph.ceph", "ceph"), ("ceph", "ceph")];

    public static void Install(Invocation invocation, InstalledSnap snap)
    {
        var files = new MicroCephFiles(invocation.Paths, invocation.Node);
        SnapShims.PointCurrent(files.SnapDir, snap.Revision.ToString());
        SnapShims.PointCurrent(files.DataDir, snap.Revision.ToString());
        foreach (var (command, program) in Commands)
            SnapShims.Write(invocation, command, program);

        SetDaemon(invocation, running: true);
        CephDaemons.Installed(invocation.Paths, invocation.Node, snap);
    }

    /// <summary>The node's database goes with its files; the cluster keeps the member's address and OSDs (stale until removed).</summary>
    public static void Remove(Invocation invocation)
    {
        new MicroCephStore(invocation.Paths).Update(state => state.Nodes.Remove(invocation.Node));
        CephDaemons.Removed(invocation.Paths, invocation.Node);
        var files = new MicroCephFiles(invocation.Paths, invocation.Node);
        foreach (var dir in new[] { files.DataDir, files.SnapDir })
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }

        foreach (var (command, _) in Commands)
            SnapShims.Delete(invocation, command);
    }

    public static void SetDaemon(Invocation invocation, bool running)
    {
        var socket = new MicroCephFiles(invocation.Paths, invocation.Node).ControlSocket;
        if (running)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(socket)!);
            File.WriteAllText(socket, "");
        }
        else
        {
            File.Delete(socket);
        }
    }
}
