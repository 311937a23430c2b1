namespace PiCluster.Facts;

/// <summary>One row of `microceph cluster list -f json`: name, address (ip:7443) and status (ONLINE, UNREACHABLE, …).</summary>
public sealed record MicroCephMember(string Name, string Address, string Status);
