using PiCluster.Tools;

namespace PiCluster.Access;

/// <summary>`microk8s config` as control plane <paramref name="From"/> printed it, the cluster's name, and the address kubeconfigs
/// reach the API server by (`picluster_api_address`, else the first control plane's).</summary>
public sealed record AdminConfig(string From, string Yaml, string ClusterName, string ApiAddress)
{
    public string Server => MicroK8s.ApiUrl(ApiAddress);
}
