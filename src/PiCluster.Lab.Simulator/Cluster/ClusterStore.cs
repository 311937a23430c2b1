namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>DIR/cluster/microk8s.json, shared by every node's simulator; each update also rewrites the
/// node-local files (locks, cluster.yaml) that the CLI under test may probe.</summary>
public sealed class ClusterStore(LabPaths paths)
{
    readonly LockedJsonFile<ClusterState> file = new(
        Path.Combine(paths.Cluster, "microk8s.json"), SimJson.Default.ClusterState, () => new ClusterState());

    public ClusterState Read() => file.Read();

    public T Update<T>(Func<ClusterState, T> change) =>
        file.Update(state =>
        {
            var result = change(state);
            state.Prune();
            foreach (var (node, record) in state.Nodes)
                new NodeFiles(paths, node).Sync(record, state.Clusters.GetValueOrDefault(record.Cluster));

            return result;
        });

    public void Update(Action<ClusterState> change) => Update(state => { change(state); return 0; });
}
