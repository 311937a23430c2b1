namespace PiCluster.Lab;

/// <summary>
/// A published build of the microceph snap (arm64), as day2-cli.md §7.1 sighted it: the snap's version ends in the git commit
/// it was built from, which says whether its `cluster list` has `-f/--format` (microceph PR #646, commit ffe97e7, 2025-11-04).
/// Builds without it refuse `-f json` with `Error: unknown shorthand flag: 'f' in -f`.
/// </summary>
public sealed record MicroCephBuild(string Track, int Revision, string Version, string Date, string Size, bool ClusterListFormat)
{
    public static readonly IReadOnlyList<MicroCephBuild> Known =
    [
        new("squid", 1228, "19.2.0+snap9aeaeb2970", "2025-02-11", "116MB", false),
        new("squid", 1393, "19.2.0+snapab139d4a1f", "2025-06-12", "116MB", false),
        new("squid", 1582, "19.2.1+snap74c0060321", "2025-10-23", "117MB", false),
        new("squid", 1895, "19.2.3+snap897bcdd902", "2026-08-14", "119MB", true),
        new("tentacle", 1577, "20.2.0+snap6b2a7d13d1", "2025-11-20", "124MB", true),
        new("reef", 1139, "18.2.4+snapc9f2b08f92", "2024-10-02", "104MB", false),
        new("quincy", 793, "17.2.7+snap3d8aa02e8b", "2024-01-16", "98MB", false),
    ];

    /// <summary>What squid/stable served for most of 2025 and what Pis hold: a build without `cluster list -f`.</summary>
    public const int DefaultSquidRevision = 1228;

    public static IEnumerable<MicroCephBuild> Squid => Known.Where(b => b.Track == "squid");

    public static MicroCephBuild? Find(int revision) => Known.FirstOrDefault(b => b.Revision == revision);

    /// <summary>The squid build a lab serves on squid/* and latest/*; `lab up --microceph-revision` picks another.</summary>
    public static MicroCephBuild ServedSquid(int? revision) =>
        Squid.FirstOrDefault(b => b.Revision == (revision ?? DefaultSquidRevision))
        ?? throw new LabException($"--microceph-revision {revision}: the lab knows the squid builds {string.Join(", ", Squid.Select(b => $"{b.Revision} ({b.Version})"))}");
}
