using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>One Node object: labels, addresses, conditions (Ready from the simulated kubelet) and nodeInfo.</summary>
public static class NodeObject
{
    public static void Write(Utf8JsonWriter json, ClusterView view, KubeNode node)
    {
        var memoryGb = view.MemoryGb(node.Node);
        json.WriteStartObject();
        json.WriteString("apiVersion", "v1");
        json.WriteString("kind", "Node");
        json.WriteStartObject("metadata");
        json.WriteString("creationTimestamp", Time(node.Created));
        json.WriteStartObject("labels");
        foreach (var (key, value) in NodeJson.Labels(node))
            json.WriteString(key, value);

        json.WriteEndObject();
        json.WriteString("name", node.Name);
        json.WriteEndObject();
        Spec(json, node);
        json.WriteStartObject("status");
        json.WriteStartArray("addresses");
        Pair(json, "address", node.Address, "type", "InternalIP");
        Pair(json, "address", node.Name, "type", "Hostname");
        json.WriteEndArray();
        json.WriteStartObject("capacity");
        json.WriteString("cpu", "4");
        json.WriteString("memory", $"{(long)memoryGb * 1024 * 1024 - 180_000}Ki");
        json.WriteString("pods", "110");
        json.WriteEndObject();
        json.WriteStartArray("conditions");
        var condition = view.Condition(node);
        Condition(json, view, node, condition, "MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available");
        Condition(json, view, node, condition, "DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure");
        Condition(json, view, node, condition, "PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available");
        var (status, reason, message) = condition == NodeCondition.Ready
            ? ("True", "KubeletReady", "kubelet is posting ready status")
            : ("False", "KubeletNotReady", "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized");
        Condition(json, view, node, condition, "Ready", status, reason, message);
        json.WriteEndArray();
        json.WriteStartObject("nodeInfo");
        json.WriteString("architecture", "arm64");
        json.WriteString("containerRuntimeVersion", NodeJson.Runtime);
        json.WriteString("kernelVersion", NodeJson.Kernel);
        json.WriteString("kubeProxyVersion", node.KubeletVersion);
        json.WriteString("kubeletVersion", node.KubeletVersion);
        json.WriteString("operatingSystem", "linux");
        json.WriteString("osImage", NodeJson.OsImage);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A cordoned node carries spec.unschedulable and the taint the node lifecycle controller adds for it.</summary>
    static void Spec(Utf8JsonWriter json, KubeNode node)
    {
        json.WriteStartObject("spec");
        if (node.Unschedulable)
        {
            json.WriteStartArray("taints");
            json.WriteStartObject();
            json.WriteString("effect", "NoSchedule");
            json.WriteString("key", "node.kubernetes.io/unschedulable");
            json.WriteString("timeAdded", Time(node.CordonedAt ?? node.Created));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteBoolean("unschedulable", true);
        }

        json.WriteEndObject();
    }

    static void Condition(
        Utf8JsonWriter json, ClusterView view, KubeNode node, NodeCondition condition, string type, string status, string reason, string message)
    {
        var unknown = condition == NodeCondition.Unknown;
        json.WriteStartObject();
        json.WriteString("lastHeartbeatTime", Time(unknown ? node.Created : view.Now));
        json.WriteString("lastTransitionTime", Time(node.Created));
        json.WriteString("message", unknown ? "Kubelet stopped posting node status." : message);
        json.WriteString("reason", unknown ? "NodeStatusUnknown" : reason);
        json.WriteString("status", unknown ? "Unknown" : status);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    static void Pair(Utf8JsonWriter json, string k1, string v1, string k2, string v2)
    {
        json.WriteStartObject();
        json.WriteString(k1, v1);
        json.WriteString(k2, v2);
        json.WriteEndObject();
    }

    static string Time(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
}
