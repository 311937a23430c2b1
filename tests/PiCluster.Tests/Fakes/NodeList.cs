using System.Text.Json;

namespace PiCluster.Tests.Fakes;

/// <summary>`microk8s kubectl get nodes -o json` as a control plane prints it, for the nodes given.</summary>
public static class NodeList
{
    public static string Json(params (string Name, string Address, bool Ready)[] nodes) => JsonSerializer.Serialize(new
    {
        apiVersion = "v1",
        kind = "List",
        items = nodes.Select(node => new
        {
            apiVersion = "v1",
            kind = "Node",
            metadata = new
            {
                name = node.Name,
                labels = new Dictionary<string, string> { ["kubernetes.io/hostname"] = node.Name, ["node.kubernetes.io/microk8s-controlplane"] = "microk8s-controlplane" },
            },
            status = new
            {
                addresses = new[] { new { type = "InternalIP", address = node.Address }, new { type = "Hostname", address = node.Name } },
                conditions = new[]
                {
                    new { type = "MemoryPressure", status = "False", reason = "KubeletHasSufficientMemory" },
                    node.Ready
                        ? new { type = "Ready", status = "True", reason = "KubeletReady" }
                        : new { type = "Ready", status = "False", reason = "KubeletNotReady" },
                },
            },
        }),
    });
}
