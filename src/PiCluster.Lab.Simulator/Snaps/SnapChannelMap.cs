namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>The `channels:` block of `snap info` and its `installed:` line, aligned the way snapd aligns them.</summary>
public static class SnapChannelMap
{
    public static IEnumerable<string> Render(SnapDefinition definition, InstalledSnap? installed)
    {
        var notes = definition.Classic ? "classic" : "-";
        var rows = definition.Releases
            .SelectMany(r => SnapDefinition.Risks.Select((risk, i) => (Key: $"  {r.Track}/{risk}:", Release: r, First: i == 0)))
            .ToList();
        var keyWidth = rows.Select(r => r.Key.Length).Append("installed:".Length).Max() + 1;
        var versionWidth = definition.Releases.Select(r => r.Version.Length).Max();
        foreach (var (key, release, first) in rows)
        {
            yield return key.PadRight(keyWidth) + (first
                ? $"{release.Version.PadRight(versionWidth)}  {release.Date} ({release.Revision}) {release.Size} {notes}"
                : "^");
        }

        if (installed is not null)
        {
            var size = definition.Releases.FirstOrDefault(r => r.Revision == installed.Revision)?.Size ?? "-";
            yield return "installed:".PadRight(keyWidth)
                + $"{installed.Version.PadRight(versionWidth)}  {new string(' ', 10)} ({installed.Revision}) {size} {notes}";
        }
    }
}
