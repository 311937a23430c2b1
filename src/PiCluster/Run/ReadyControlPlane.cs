using PiCluster.Remote;

namespace PiCluster.Run;

/// <summary>A control plane that is a Ready node, reached for a whole-cluster command, with the cluster's name and the address
/// kubeconfigs reach the API server by (`picluster_api_address`, else the first control plane's).</summary>
public sealed record ReadyControlPlane(RemoteHost Host, string ClusterName, string ApiAddress);
