namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>snapd's state for one node, kept beside the node's other lab files.</summary>
public static class SnapdStore
{
    public static LockedJsonFile<SnapdState> For(LabPaths paths, string node) =>
        new(Path.Combine(paths.NodeDir(node), "snapd-state.json"), SimJson.Default.SnapdState, () => new SnapdState());

    public static InstalledSnap? Installed(LabPaths paths, string node, string name) =>
        For(paths, node).Read().Find(name);
}
