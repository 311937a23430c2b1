namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>A Kubernetes v1 Node (or List of them) the way `kubectl get -o json` prints it: 4-space indent, sorted labels.</summary>
public static class NodeJson
{
    public const string OsImage = "Ubuntu 24.04.3 LTS";
    public const string Kernel = "6.8.0-1028-raspi";
    public const string Runtime = "containerd://1.6.36";

    public static SortedDictionary<string, string> Labels(KubeNode node)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["beta.kubernetes.io/arch"] = "arm64",
            ["beta.kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "arm64",
            ["kubernetes.io/hostname"] = node.Name,
            ["kubernetes.io/os"] = "linux",
            ["microk8s.io/cluster"] = "true",
        };
        if (node.Worker)
            labels["node.kubernetes.io/microk8s-worker"] = "microk8s-worker";
        else
            labels["node.kubernetes.io/microk8s-controlplane"] = "microk8s-controlplane";

        return labels;
    }

    public static string Render(ClusterView view, IReadOnlyList<KubeNode> nodes, bool asObject) =>
        KubeJson.Render(nodes, asObject, (json, node) => NodeObject.Write(json, view, node));
}
