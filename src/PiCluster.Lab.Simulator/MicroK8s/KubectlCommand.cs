namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s kubectl get nodes|pods|pdb|storageclass|all ...`, `cordon`, `uncordon`, `drain`; anything else is
/// reported as not simulated.</summary>
public static class KubectlCommand
{
    public const string Refused = "The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?";

    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var view = context.View();
        if (!view.ApiUp)
            return output.Fail(Refused);

        if (PodScheduler.Settle(view.Cluster!, view.Now))
        {
            context.Store.Update(state => PodScheduler.Settle(state.ClusterOf(context.Node)!, DateTimeOffset.UtcNow));
            view = context.View();
        }

        switch (args.Count > 0 ? args[0] : "")
        {
            case "cordon" or "uncordon":
                return KubectlCordon.Run(context, view, args[0] == "cordon", new Flags(args.Skip(1).ToList()).Positional, output);
            case "drain":
                return KubectlDrain.Run(context, view, [.. args.Skip(1)], output);
        }

        var flags = new Flags(args);
        var format = flags.Value("-o", "--output") ?? "";
        var selector = flags.Value("-l", "--selector");
        var fieldSelector = flags.Value("--field-selector");
        var ns = flags.Value("-n", "--namespace");
        var all = flags.Has("-A", "--all-namespaces");
        flags.Has("--no-headers");
        var words = flags.Positional;
        if (words.Count < 2 || words[0] != "get")
        {
            return output.Fail($"picluster-sim: 'kubectl {string.Join(' ', args)}' is not simulated");
        }

        var kind = words[1];
        var names = words.Skip(2).ToList();
        if (kind.Contains('/'))
        {
            names.Insert(0, kind[(kind.IndexOf('/') + 1)..]);
            kind = kind[..kind.IndexOf('/')];
        }

        return kind switch
        {
            "nodes" or "node" or "no" => KubeNodes.Get(view, names, format, selector, output),
            "pods" or "pod" or "po" => KubePods.Get(view, ns, all, format, fieldSelector, output),
            "poddisruptionbudgets" or "poddisruptionbudget" or "pdb" => KubePdbs.Get(view, ns, all, output),
            "storageclass" or "storageclasses" or "sc" => StorageClasses.Get(view, names, format, output),
            "all" => KubeAll.Get(view, output),
            "service" or "services" or "svc" when names is ["kubernetes"] => KubeAll.KubernetesService(view, output),
            _ => output.Fail($"error: the server doesn't have a resource type \"{kind}\""),
        };
    }
}
