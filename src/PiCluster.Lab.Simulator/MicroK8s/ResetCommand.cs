namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s reset [--destroy-storage]` (day-2 §3.4, reset.py as on 1.32): root only; refused on a multi-node cluster (stdout, exit 0);
/// on a single node it disables every addon, cleans the namespaces, StorageClasses and the CNI and restarts. Dqlite membership, certificates
/// and the CA stay. --destroy-storage is always on (a click flag defaulting to true).</summary>
public static class ResetCommand
{
    static readonly string[] Namespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];

    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        if (args.Any(a => a != "--destroy-storage"))
            return output.Fail($"Error: No such option: {args.First(a => a != "--destroy-storage")}", 2);

        if (Permissions.RequireRoot(context.Invocation.Caller, output) is not 0 and var notRoot)
            return notRoot;

        var view = context.View();
        if (view.Cluster is not { } cluster || !view.ApiUp)
            return output.Say("Failed to query the cluster nodes.", 1);

        if (cluster.KubeNodes.Count > 1)
        {
            output.Line("This is a multi-node MicroK8s deployment. Reset is applicable for single node clusters.");
            return output.Say("Please remove all joined nodes before calling reset.", 0);
        }

        output.Line("Disabling all addons");
        foreach (var addon in AddonCatalogue.All.Where(a => a.Name is not ("ha-cluster" or "community")))
            output.Line($"Disabling addon : {addon.FullName}");

        if (Directory.Exists(context.Files.DefaultStorage))
            Directory.Delete(context.Files.DefaultStorage, recursive: true);

        if (File.Exists(context.Files.Plugin("connect-external-ceph")))
            File.Delete(context.Files.Plugin("connect-external-ceph"));

        context.Store.Update(state =>
        {
            var record = state.ClusterOf(context.Node)!;
            record.Addons.Clear();
            record.EnabledAt.Clear();
            record.CephRbdCreated = null;
        });
        output.Line("All addons are disabled.");
        output.Line("Deleting the CNI");
        output.Lines(Namespaces.Select(ns => $"Cleaning resources in namespace {ns}"));
        output.Lines(["Removing CRDs", "Removing PriorityClasses", "Removing StorageClasses", "Restarting cluster", "Setting up the CNI"]);
        return 0;
    }
}
