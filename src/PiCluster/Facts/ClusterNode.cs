namespace PiCluster.Facts;

/// <summary>One Kubernetes node: its name, InternalIP, whether it is Ready, its kubelet's version (`v1.33.5`) and whether it
/// is cordoned (spec.unschedulable).</summary>
public sealed record ClusterNode(string Name, string? Address, bool Ready, bool ControlPlane)
{
    public string? Version { get; init; }

    public bool Cordoned { get; init; }
}
