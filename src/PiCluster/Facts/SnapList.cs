namespace PiCluster.Facts;

/// <summary>Reads `snap list`.</summary>
public static class SnapList
{
    /// <summary>`snap list`: a header, then whitespace-aligned columns Name Version Rev Tracking Publisher Notes.</summary>
    public static IReadOnlyList<InstalledSnap> Parse(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[0] != "Name")
            .Select(fields => new InstalledSnap(fields[0], fields[1], fields[2], fields[3], fields[5] == "-" ? [] : fields[5].Split(',')))];
}
