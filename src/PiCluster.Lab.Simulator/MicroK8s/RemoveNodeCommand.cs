namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s remove-node NAME|IP [--force]` on a remaining control-plane node (remove_node.py).</summary>
public static class RemoveNodeCommand
{
    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var force = args.Contains("--force");
        var names = args.Where(a => a != "--force").ToList();
        if (args.Count == 0)
            return output.Say("Please provide the node you want to remove.", 1);

        if (names.Count != 1)
            return output.Say("Please provide the node and the optional --force flag.", 1);

        var name = names[0];
        var view = context.View();
        var node = view.ApiUp ? view.Cluster!.KubeNodes.FirstOrDefault(n => n.Name == name) : null;
        if (node is null)
        {
            output.Error(view.ApiUp
                ? $"Error from server (NotFound): nodes \"{name}\" not found"
                : "The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?");
            output.Line($"Node {name} does not exist in Kubernetes.");
            if (force)
            {
                output.Line($"Attempting to remove {name} from dqlite.");
                RemoveFromDqlite(context, name, output);
            }

            return 1;
        }

        var registered = Others(view.Cluster!, context).Any(m => m.Ip == node.Address);
        if (registered && !force)
        {
            output.Line($"Removal failed. Node {name} is registered with dqlite. Please, run first 'microk8s leave' on the departing node. ");
            output.Line("If the node is not available anymore and will never attempt to join the cluster in the future use the '--force' flag ");
            output.Line("to unregister the node while removing it.");
            return 1;
        }

        context.Store.Update(state =>
        {
            var cluster = state.ClusterOf(context.Node)!;
            cluster.Dqlite.RemoveAll(m => m.Ip == node.Address && m.Node != context.Node);
            cluster.AssignRoles();
            cluster.KubeNodes.RemoveAll(n => n.Name == name);
        });
        return 0;
    }

    /// <summary>With --force an IP can purge a stale dqlite member whose Node object is already gone.</summary>
    static void RemoveFromDqlite(MicroK8sContext context, string ip, Output output)
    {
        if (context.View().Cluster is not { } cluster || !Others(cluster, context).Any(m => m.Ip == ip))
            return;

        output.Line("Removing node entry found in dqlite.");
        context.Store.Update(state =>
        {
            var current = state.ClusterOf(context.Node)!;
            current.Dqlite.RemoveAll(m => m.Ip == ip && m.Node != context.Node);
            current.AssignRoles();
        });
    }

    static IEnumerable<DqliteMember> Others(ClusterRecord cluster, MicroK8sContext context) =>
        cluster.Dqlite.Where(m => !(m.Node == context.Node && (m.Ip == context.Self.Address || m.Ip == "127.0.0.1")));
}
