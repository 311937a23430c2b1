namespace PiCluster.Planning.Upgrade;

/// <summary>How far `upgrade` may go: workers refreshed at once (--max-unavailable), and whether Ceph that is not HEALTH_OK may
/// be upgraded anyway (--force).</summary>
public sealed record UpgradeOptions(int MaxUnavailable = 1, bool Force = false);
