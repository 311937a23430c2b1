namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get all -A`: just enough (calico, coredns, service/kubernetes) for status-style probes.</summary>
public static class KubeAll
{
    public static int Get(ClusterView view, Output output)
    {
        var cluster = view.Cluster!;
        var age = HumanDuration.Format(view.Now - cluster.KubeNodes.Select(n => n.Created).DefaultIfEmpty(view.Now).Min());
        List<IReadOnlyList<string>> pods = [["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"]];
        pods.Add(["kube-system", "pod/calico-kube-controllers-759cd8b574-x2j4q", "1/1", "Running", "0", age]);
        foreach (var node in cluster.KubeNodes.OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            var ready = view.Condition(node) == NodeCondition.Ready;
            pods.Add(["kube-system", $"pod/calico-node-{Suffix(node.Name)}", ready ? "1/1" : "0/1", ready ? "Running" : "Pending", "0", age]);
        }

        if (cluster.Addons.Contains("dns"))
            pods.Add(["kube-system", "pod/coredns-7896dbf49-8kx2m", "1/1", "Running", "0", age]);

        output.Lines(TabTable.Render(pods, padding: 3));
        output.Line();
        return KubernetesService(view, output, age);
    }

    public static int KubernetesService(ClusterView view, Output output) =>
        KubernetesService(view, output, HumanDuration.Format(view.Now - view.Cluster!.KubeNodes.Select(n => n.Created).DefaultIfEmpty(view.Now).Min()));

    static int KubernetesService(ClusterView view, Output output, string age)
    {
        List<IReadOnlyList<string>> services =
        [
            ["NAMESPACE", "NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"],
            ["default", "service/kubernetes", "ClusterIP", "10.152.183.1", "<none>", "443/TCP", age],
        ];
        if (view.Cluster!.Addons.Contains("dns"))
            services.Add(["kube-system", "service/kube-dns", "ClusterIP", "10.152.183.10", "<none>", "53/UDP,53/TCP,9153/TCP", age]);

        output.Lines(TabTable.Render(services, padding: 3));
        return 0;
    }

    static string Suffix(string name) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..5];
}
