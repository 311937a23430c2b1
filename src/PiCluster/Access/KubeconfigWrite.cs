namespace PiCluster.Access;

/// <summary>Where a kubeconfig was written, where the file it replaced was kept (null when there was none), and whether anything changed.</summary>
public sealed record KubeconfigWrite(string Path, string? Backup, bool Changed);
