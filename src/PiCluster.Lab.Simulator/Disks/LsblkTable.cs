namespace PiCluster.Lab.Simulator.Disks;

/// <summary>Plain `lsblk`: a header, then one line per device with the tree drawn in the NAME column.</summary>
public static class LsblkTable
{
    public static IEnumerable<string> Render(IReadOnlyList<LsblkRow> rows, IReadOnlyList<string> columns, bool bytes, bool paths, bool tree, bool headings)
    {
        var lines = new List<(string Prefix, LsblkRow Row)>();
        foreach (var row in rows)
        {
            lines.Add(("", row));
            if (tree)
                lines.AddRange(row.Children.Select((child, i) => (i == row.Children.Count - 1 ? "└─" : "├─", child)));
        }

        List<string[]> cells = [.. lines.Select(line => columns
            .Select(c => (c == "NAME" ? line.Prefix : "") + LsblkColumn.Cell(c, line.Row, bytes, paths).Split('\n')[0]).ToArray())];
        if (headings)
            cells.Insert(0, [.. columns]);

        var widths = columns.Select((_, c) => cells.Max(r => r[c].Length)).ToArray();
        return cells.Select(r => string.Join(' ', r.Select((cell, c) =>
            c == columns.Count - 1 ? cell : LsblkColumn.AlignsRight(columns[c]) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
    }
}
