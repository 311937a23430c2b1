namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get pdb [-n NS | -A]`: the one PodDisruptionBudget, default/web with minAvailable 1.</summary>
public static class KubePdbs
{
    public static int Get(ClusterView view, string? ns, bool all, Output output)
    {
        if (!all && (ns ?? "default") != "default")
            return output.Fail($"No resources found in {ns} namespace.", 0);

        var cluster = view.Cluster!;
        var healthy = cluster.Pods.Count(p => KubectlDrain.Protected(p) && p.Node != "");
        var age = HumanDuration.Format(view.Now - cluster.KubeNodes.Select(n => n.Created).DefaultIfEmpty(view.Now).Min());
        List<IReadOnlyList<string>> rows = all
            ? [["NAMESPACE", "NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"], ["default", "web", "1", "N/A", $"{Math.Max(0, healthy - 1)}", age]]
            : [["NAME", "MIN AVAILABLE", "MAX UNAVAILABLE", "ALLOWED DISRUPTIONS", "AGE"], ["web", "1", "N/A", $"{Math.Max(0, healthy - 1)}", age]];
        output.Lines(TabTable.Render(rows, padding: 3));
        return 0;
    }
}
