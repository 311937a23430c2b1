namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>DIR/cluster/microceph.json, shared by every node's simulator like microk8s.json.</summary>
public sealed class MicroCephStore(LabPaths paths)
{
    readonly LockedJsonFile<MicroCephState> file = new(
        Path.Combine(paths.Cluster, "microceph.json"), SimJson.Default.MicroCephState, () => new MicroCephState());

    public MicroCephState Read() => file.Read();

    public T Update<T>(Func<MicroCephState, T> change) => file.Update(change);
}
