namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s kubectl get nodes|storageclass|all ...`; anything else is reported as not simulated.</summary>
public static class KubectlCommand
{
    public const string Refused = "The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?";

    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var view = context.View();
        if (!view.ApiUp)
            return output.Fail(Refused);

        var flags = new Flags(args);
        var format = flags.Value("-o", "--output") ?? "";
        var selector = flags.Value("-l", "--selector");
        flags.Has("-A", "--all-namespaces", "--no-headers");
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
            "storageclass" or "storageclasses" or "sc" => StorageClasses.Get(view, names, format, output),
            "all" => KubeAll.Get(view, output),
            "service" or "services" or "svc" when names is ["kubernetes"] => KubeAll.KubernetesService(view, output),
            _ => output.Fail($"error: the server doesn't have a resource type \"{kind}\""),
        };
    }
}
