namespace PiCluster.Lab.Simulator.Text;

/// <summary>Go tabwriter layout: every column but the last is padded to max(width + padding, minWidth).</summary>
public static class TabTable
{
    public static IEnumerable<string> Render(IReadOnlyList<IReadOnlyList<string>> rows, int padding, int minWidth = 0)
    {
        var columns = rows.Max(row => row.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(c => Math.Max(minWidth, rows.Where(r => r.Count > c).Max(r => r[c].Length) + padding))
            .ToArray();
        foreach (var row in rows)
            yield return string.Concat(row.Select((cell, c) => c == row.Count - 1 ? cell : cell.PadRight(widths[c])));
    }
}
