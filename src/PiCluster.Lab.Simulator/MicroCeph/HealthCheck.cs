namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>One raised health check, e.g. TOO_FEW_OSDS "OSD count 1 &lt; osd_pool_default_size 3", with the lines
/// `ceph health detail` prints under it.</summary>
public sealed record HealthCheck(string Code, string Message, int Count, IReadOnlyList<string>? Detail = null);
