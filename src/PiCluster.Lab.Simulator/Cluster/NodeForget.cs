using PiCluster.Lab.Simulator.MicroCeph;

namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>`picluster-sim --lab DIR --node NAME reflash`, run by `lab reflash-node`: drops what the simulator keeps about the node itself (its
/// MicroK8s node record, its MicroCeph database and daemons). What the clusters hold about it stays, as on the other Pis: its dqlite member,
/// Kubernetes Node, MicroCeph member, mon and OSDs.</summary>
public static class NodeForget
{
    public static int Run(Invocation invocation, Output output)
    {
        if (invocation.Args.Count > 0)
            return output.Fail("usage: picluster-sim --lab DIR --node NAME reflash", 2);

        new ClusterStore(invocation.Paths).Update(state => { state.Nodes.Remove(invocation.Node); });
        new MicroCephStore(invocation.Paths).Update(state =>
        {
            state.Nodes.Remove(invocation.Node);
            return state.Daemons.Remove(invocation.Node);
        });
        return 0;
    }
}
