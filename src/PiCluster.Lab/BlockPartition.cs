namespace PiCluster.Lab;

/// <summary>One partition of a simulated disk.</summary>
public sealed record BlockPartition(string Name, int Number, long Bytes, string? FsType, string? Label, string? MountPoint);
