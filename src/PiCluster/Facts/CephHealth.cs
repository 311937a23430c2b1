namespace PiCluster.Facts;

/// <summary>From `microceph.ceph -s -f json`: HEALTH_OK/WARN/ERR, the checks' messages, and how many OSDs there are, up and in.</summary>
public sealed record CephHealth(string Status, IReadOnlyList<string> Reasons, int Osds, int OsdsUp, int OsdsIn);
