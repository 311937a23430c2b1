namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The add-node output templates. A lab node has one address, so "all IPs" is that address alone.</summary>
public static class AddNodeOutput
{
    const int Port = 25000;

    public static IEnumerable<string> Render(string format, string ip, string token, string check)
    {
        var url = $"{ip}:{Port}/{token}/{check}";
        return format switch
        {
            "short" => [$"microk8s join {url}"],
            "token" => [token],
            "token-check" => [$"{token}/{check}"],
            "json" => ["{", $"  \"token\": \"{token}/{check}\",", "  \"urls\": [", $"    \"{url}\"", "  ]", "}"],
            "yaml" => [$"token: {token}/{check}", "urls:", $"- {url}", ""],
            _ =>
            [
                "From the node you wish to join to this cluster, run the following:",
                $"microk8s join {url}",
                "",
                "Use the '--worker' flag to join a node as a worker not running the control plane, eg:",
                $"microk8s join {url} --worker",
                "",
                "If the node you are adding is not reachable through the default interface you can use one of the following:",
                $"microk8s join {url}",
            ],
        };
    }
}
