namespace PiCluster.Facts;

/// <summary>One addon in `microk8s status --format yaml`: `core/dns` enabled or not.</summary>
public sealed record AddonState(string Name, string Repository, bool Enabled);
