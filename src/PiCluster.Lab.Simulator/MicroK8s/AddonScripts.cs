namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The addons' enable/disable scripts: their key output lines and argument checks; the change is cluster-wide.</summary>
public static class AddonScripts
{
    public static int Enable(MicroK8sContext context, Addon addon, IReadOnlyList<string> args, Output output)
    {
        var code = addon.Name switch
        {
            "dns" => DnsAddon.Enable(args, output),
            "metallb" => MetalLbAddon.Enable(args, output),
            "hostpath-storage" or "storage" => HostpathAddon.Enable(context, output),
            "dashboard" => Dashboard(context, output),
            "rook-ceph" => RookCephAddon.Enable(context, output),
            "ingress" => Say(output, "Enabling Ingress", "ingressclass.networking.k8s.io/public created",
                "ingressclass.networking.k8s.io/nginx created", "namespace/ingress created", "serviceaccount/nginx-ingress-microk8s-serviceaccount created",
                "daemonset.apps/nginx-ingress-microk8s-controller created", "Ingress is enabled"),
            "metrics-server" => Say(output, "Enabling Metrics-Server", "serviceaccount/metrics-server created",
                "deployment.apps/metrics-server created", "service/metrics-server created", "Metrics-Server is enabled"),
            _ => Say(output, $"Enabling {addon.Name}", $"{addon.Name} is enabled"),
        };
        if (code == 0)
            Set(context, addon.Name == "storage" ? "hostpath-storage" : addon.Name, enabled: true);

        return code;
    }

    public static int Disable(MicroK8sContext context, Addon addon, Output output)
    {
        if (AddonCatalogue.AlwaysEnabled.Contains(addon.Name))
        {
            return output.Fail($"picluster-sim: disabling {addon.Name} is not simulated");
        }

        var name = addon.Name == "storage" ? "hostpath-storage" : addon.Name;
        if (name == "hostpath-storage" && Directory.Exists(context.Files.DefaultStorage))
            Directory.Delete(context.Files.DefaultStorage, recursive: true);

        if (name == "rook-ceph")
            File.Delete(context.Files.Plugin("connect-external-ceph"));

        Set(context, name, enabled: false);
        return Say(output, $"Disabling {addon.Name}", $"{addon.Name} is disabled");
    }

    public static int Say(Output output, params string[] lines)
    {
        output.Lines(lines);
        return 0;
    }

    static int Dashboard(MicroK8sContext context, Output output)
    {
        if (AddonCatalogue.IsEnabled(AddonCatalogue.Find("metrics-server")!, context.View().Cluster!))
            output.Line("Addon core/metrics-server is already enabled");
        else
            Enable(context, AddonCatalogue.Find("metrics-server")!, [], output);

        return Say(output, "Enabling Kubernetes Dashboard", "Applying manifest", "serviceaccount/kubernetes-dashboard created",
            "deployment.apps/kubernetes-dashboard created", "", "If RBAC is not enabled access the dashboard using the token retrieved with:", "",
            "microk8s kubectl describe secret -n kube-system microk8s-dashboard-token", "",
            "Use this token in the https login UI of the kubernetes-dashboard service.", "");
    }

    static void Set(MicroK8sContext context, string name, bool enabled) =>
        context.Store.Update(state =>
        {
            var cluster = state.ClusterOf(context.Node)!;
            cluster.Addons.Remove(name);
            cluster.EnabledAt.Remove(name);
            if (enabled)
            {
                cluster.Addons.Add(name);
                cluster.EnabledAt[name] = DateTimeOffset.UtcNow;
            }
        });
}
