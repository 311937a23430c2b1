namespace PiCluster.Facts;

/// <summary>One addon in `microk8s status --format short`: `core/dns: enabled` or `disabled`.</summary>
public sealed record AddonState(string Name, string Repository, bool Enabled);
