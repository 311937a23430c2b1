namespace PiCluster.Lab;

/// <summary>One node as `lab status` shows it.</summary>
public sealed record LabNodeStatus(string Name, string Address, int Port, string Power, string Hostname, int MemoryGb, int? DelayMs);
