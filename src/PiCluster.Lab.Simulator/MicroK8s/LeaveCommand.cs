namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s leave`, run on the departing node; its Node object stays behind until remove-node.</summary>
public static class LeaveCommand
{
    public static int Run(MicroK8sContext context, Output output)
    {
        var view = context.View();
        if (view.Self is not { Clustered: true } self)
            return output.Say("This MicroK8s deployment is not acting as a node in a cluster.", 1);

        if (self.Worker)
        {
            output.Line("Configuring services.");
        }
        else if (view.Cluster is { } cluster)
        {
            var voters = cluster.WithRole(DqliteMember.Voter).ToList();
            if (voters is [{ } only] && only.Node == context.Node && cluster.Dqlite.Count > 1)
            {
                output.Line("This node currently holds the only copy of the Kubernetes database so it cannot leave the cluster.");
                output.Line("To remove this node you can either first remove all other nodes with 'microk8s remove-node' or");
                output.Line("form a highly available cluster by adding at least three nodes.");
                return 3;
            }

            if (context.FaultIs("dqlite-unreachable"))
            {
                var other = cluster.Dqlite.FirstOrDefault(m => m.Node != context.Node)?.Address ?? "127.0.0.1:19001";
                output.Line($"Contacting node {other} failed. Error:");
                output.Line($"CalledProcessError(1, ['/snap/microk8s/current/bin/dqlite', '-s', 'file:///var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml', '-c', '/var/snap/microk8s/current/var/kubernetes/backend/cluster.crt', '-k', '/var/snap/microk8s/current/var/kubernetes/backend/cluster.key', '-f', 'json', 'k8s', '.remove {context.Self.Address}:19001'])");
                return 2;
            }
        }

        output.Line("Generating new cluster certificates.");
        var readyAt = DateTimeOffset.UtcNow.AddMilliseconds(context.Delays.MicroK8sStartMs);
        context.Store.Update(state =>
        {
            if (!self.Worker && state.ClusterOf(context.Node) is { } cluster)
                Membership.LeaveDqlite(cluster, context.Node);

            SingleNodeCluster.Create(state, context.Self, self.KubeletVersion, readyAt);
        });
        NodeCerts.Produce(context.Files, context.Self.Address);
        WaitForStart(readyAt, output);
        return 0;
    }

    /// <summary>apply_cni: "Waiting for node to start." then a dot per failed 5 s poll.</summary>
    static void WaitForStart(DateTimeOffset readyAt, Output output)
    {
        output.Write("Waiting for node to start. ");
        var poll = TimeSpan.FromSeconds(5);
        var remaining = readyAt - DateTimeOffset.UtcNow;
        for (; remaining > poll; remaining -= poll)
        {
            Thread.Sleep(poll);
            output.Write(". ");
        }

        if (remaining > TimeSpan.Zero)
            Thread.Sleep(remaining);

        output.Line(" ");
    }
}
