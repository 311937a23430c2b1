namespace PiCluster.Status;

/// <summary>One Kubernetes node as `status` shows it; <see cref="Channel"/> is null when its Pi gave no facts.</summary>
public sealed record NodeStatus(string Name, string? Address, bool ControlPlane, bool Ready, string? Channel, bool InInventory);
