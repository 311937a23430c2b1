namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Which microceph revision a node's Ceph daemons run, since when they restarted, and when they were up again
/// (both MinValue: running since before anyone looked).</summary>
public sealed record CephDaemonRun(int Revision, string Version, DateTimeOffset Started, DateTimeOffset Up = default);
