namespace PiCluster.Facts;

/// <summary>One configured disk of `microceph disk list --json`: its OSD number, path and the member it is on.</summary>
public sealed record MicroCephDisk(int Osd, string Path, string Location);
