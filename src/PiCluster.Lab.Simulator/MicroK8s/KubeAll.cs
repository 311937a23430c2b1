namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get all -A`: the lab's pods (PodScheduler), service/kubernetes and kube-dns, for status-style probes.</summary>
public static class KubeAll
{
    public static int Get(ClusterView view, Output output)
    {
        var cluster = view.Cluster!;
        var age = HumanDuration.Format(view.Now - cluster.KubeNodes.Select(n => n.Created).DefaultIfEmpty(view.Now).Min());
        List<IReadOnlyList<string>> pods = [["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"]];
        foreach (var pod in cluster.Pods.OrderBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var ready = pod.Node != "";
            pods.Add([pod.Namespace, $"pod/{pod.Name}", ready ? "1/1" : "0/1", ready ? "Running" : "Pending", "0", HumanDuration.Format(view.Now - pod.Created)]);
        }

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
}
