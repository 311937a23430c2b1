namespace PiCluster.Recap;

/// <summary>One Kubernetes node: its role and Ready, the MicroK8s channel and version its Pi reports (null when the Pi gave no
/// facts), and whether the inventory lists it by that name and address.</summary>
public sealed record NodeSummary(string Name, string? Address, bool ControlPlane, bool Ready, string? Channel, string? Version, bool InInventory);
