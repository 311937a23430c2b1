using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The simulated cluster's Kubernetes datastore as k8s-dqlite lists it under "/": kine keys in name order, each with a
/// JSON object (the real values are mostly protobuf). Derived from the cluster record, then overlaid by the keys a restore wrote.</summary>
public static class DatastoreKeys
{
    static readonly string[] Namespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];

    /// <summary>One main object per addon, as (key below /registry, kind); addons not listed get a kube-system Deployment.</summary>
    static readonly Dictionary<string, (string Key, string Kind)> AddonObjects = new()
    {
        ["cert-manager"] = ("deployments/cert-manager/cert-manager", "Deployment"),
        ["dashboard"] = ("deployments/kube-system/kubernetes-dashboard", "Deployment"),
        ["dns"] = ("deployments/kube-system/coredns", "Deployment"),
        ["hostpath-storage"] = ("storageclasses/microk8s-hostpath", "StorageClass"),
        ["ingress"] = ("daemonsets/ingress/nginx-ingress-microk8s-controller", "DaemonSet"),
        ["metallb"] = ("deployments/metallb-system/controller", "Deployment"),
        ["metrics-server"] = ("deployments/kube-system/metrics-server", "Deployment"),
        ["rbac"] = ("clusterrolebindings/microk8s-rbac", "ClusterRoleBinding"),
        ["registry"] = ("deployments/container-registry/registry", "Deployment"),
        ["rook-ceph"] = ("deployments/rook-ceph/rook-ceph-operator", "Deployment"),
    };

    public static SortedDictionary<string, byte[]> Read(ClusterView view)
    {
        var cluster = view.Cluster!;
        var created = cluster.KubeNodes.Select(n => n.Created).DefaultIfEmpty(view.Now).Min();
        var keys = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        void Add(string key, string kind, DateTimeOffset since) => keys[$"/registry/{key}"] = Body(key, kind, since);

        var namespaces = Namespaces.ToHashSet();
        foreach (var addon in cluster.Addons)
        {
            var (key, kind) = AddonObjects.GetValueOrDefault(addon, ($"deployments/kube-system/{addon}", "Deployment"));
            var since = cluster.EnabledAt.GetValueOrDefault(addon, created);
            Add(key, kind, since);
            if (Namespace(key) is { } ns && namespaces.Add(ns))
                Add($"namespaces/{ns}", "Namespace", since);
        }

        foreach (var ns in namespaces)
        {
            Add($"configmaps/{ns}/kube-root-ca.crt", "ConfigMap", created);
            Add($"serviceaccounts/{ns}/default", "ServiceAccount", created);
        }

        foreach (var ns in Namespaces)
            Add($"namespaces/{ns}", "Namespace", created);

        Add("clusterrolebindings/cluster-admin", "ClusterRoleBinding", created);
        Add("clusterroles/cluster-admin", "ClusterRole", created);
        Add("daemonsets/kube-system/calico-node", "DaemonSet", created);
        Add("deployments/kube-system/calico-kube-controllers", "Deployment", created);
        Add("endpointslices/default/kubernetes", "EndpointSlice", created);
        Add("priorityclasses/system-cluster-critical", "PriorityClass", created);
        Add("priorityclasses/system-node-critical", "PriorityClass", created);
        Add("ranges/serviceips", "RangeAllocation", created);
        Add("ranges/servicenodeports", "RangeAllocation", created);
        Add("services/endpoints/default/kubernetes", "Endpoints", created);
        Add("services/specs/default/kubernetes", "Service", created);
        if (cluster.CephRbdCreated is { } rbd)
            Add("storageclasses/ceph-rbd", "StorageClass", rbd);

        foreach (var node in cluster.KubeNodes)
        {
            Add($"leases/kube-node-lease/{node.Name}", "Lease", node.Created);
            keys[$"/registry/minions/{node.Name}"] = JsonText.Bytes(json => NodeObject.Write(json, view, node));
        }

        foreach (var (key, value) in cluster.Restored)
            keys[key] = Convert.FromBase64String(value);

        return keys;
    }

    /// <summary>"deployments/NS/NAME" is namespaced; "storageclasses/NAME" is not.</summary>
    static string? Namespace(string key) => key.Split('/') is [_, var ns, _] ? ns : null;

    static byte[] Body(string key, string kind, DateTimeOffset created)
    {
        var parts = key.Split('/');
        var group = kind switch
        {
            "Deployment" or "DaemonSet" => "apps/v1",
            "ClusterRole" or "ClusterRoleBinding" => "rbac.authorization.k8s.io/v1",
            "PriorityClass" => "scheduling.k8s.io/v1",
            "StorageClass" => "storage.k8s.io/v1",
            "Lease" => "coordination.k8s.io/v1",
            "EndpointSlice" => "discovery.k8s.io/v1",
            _ => "v1",
        };
        var uid = new Guid(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);
        return JsonText.Bytes(json =>
        {
            json.WriteStartObject();
            json.WriteString("kind", kind);
            json.WriteString("apiVersion", group);
            json.WriteStartObject("metadata");
            json.WriteString("name", parts[^1]);
            if (parts.Length >= 3)
                json.WriteString("namespace", parts[^2]);
            json.WriteString("uid", uid.ToString());
            json.WriteString("creationTimestamp", created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }
}
