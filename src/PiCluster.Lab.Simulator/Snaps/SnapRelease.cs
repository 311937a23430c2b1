namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>What one channel of a snap serves (arm64); every risk of a track serves the same release here.</summary>
public sealed record SnapRelease(string Track, string Version, int Revision, string Date, string Size);
