namespace PiCluster.Facts;

/// <summary>One Kubernetes node: its name, InternalIP and whether it is Ready.</summary>
public sealed record ClusterNode(string Name, string? Address, bool Ready, bool ControlPlane);
