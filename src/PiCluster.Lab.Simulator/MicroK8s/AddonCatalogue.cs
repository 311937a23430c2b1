namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The core addons of 1.32 on arm64 (gpu and nvidia are amd64-only), sorted by (repository, name).</summary>
public static class AddonCatalogue
{
    public static readonly IReadOnlyList<Addon> All =
    [
        new("cert-manager", "Cloud native certificate management", "1.8"),
        new("cis-hardening", "Apply CIS K8s hardening", "1.0"),
        new("community", "The community addons repository", "1.0.0"),
        new("dashboard", "The Kubernetes dashboard", "2.7.0"),
        new("dns", "CoreDNS", "1.10.1"),
        new("ha-cluster", "Configure high availability on the current node", "1.0.0"),
        new("helm", "Helm - the package manager for Kubernetes", "3.14.4"),
        new("helm3", "Helm 3 - the package manager for Kubernetes", "3.14.4"),
        new("host-access", "Allow Pods connecting to Host services smoothly", "1.0.0"),
        new("hostpath-storage", "Storage class; allocates storage from host directory", "1.0.0"),
        new("ingress", "Ingress controller for external access", "1.10.1"),
        new("kube-ovn", "An advanced network fabric for Kubernetes", "1.12.4"),
        new("mayastor", "OpenEBS MayaStor", "2.5.0"),
        new("metallb", "Loadbalancer for your Kubernetes cluster", "0.14.8"),
        new("metrics-server", "K8s Metrics Server for API access to service metrics", "0.7.2"),
        new("minio", "MinIO object storage", "5.1.0"),
        new("observability", "A lightweight observability stack for logs, traces and metrics", "0.1.0"),
        new("prometheus", "Prometheus operator for monitoring and logging", "0.1.0"),
        new("rbac", "Role-Based Access Control for authorisation", "1.0.0"),
        new("registry", "Private image registry exposed on localhost:32000", "2.8.1"),
        new("rook-ceph", "Distributed Ceph storage using Rook", "v1.11.9"),
        new("storage", "Alias to hostpath-storage add-on, deprecated", "1.0.0"),
    ];

    /// <summary>helm/helm3 are "enabled" because $SNAP/bin/helm exists; ha-cluster is the node's dqlite lock.</summary>
    public static readonly string[] AlwaysEnabled = ["ha-cluster", "helm", "helm3"];

    public static Addon? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    public static bool IsEnabled(Addon addon, ClusterRecord cluster) =>
        AlwaysEnabled.Contains(addon.Name)
        || cluster.Addons.Contains(addon.Name == "storage" ? "hostpath-storage" : addon.Name);
}
