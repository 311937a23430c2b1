namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Which microceph revision a node's Ceph daemons run, and since when (MinValue: since before anyone looked).</summary>
public sealed record CephDaemonRun(int Revision, string Version, DateTimeOffset Started);
