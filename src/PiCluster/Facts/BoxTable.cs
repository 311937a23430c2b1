namespace PiCluster.Facts;

/// <summary>Reads the ASCII box tables MicroCeph prints through LXD's RenderTable (tablewriter): rule lines start with `+`,
/// cells are split by `|` and trimmed, the first data line is the header. Widths depend on the longest value, so they are
/// never relied on.</summary>
public static class BoxTable
{
    /// <summary>Each data row by header name; empty when the text holds no table (an `Error: …` instead).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string text)
    {
        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(Cells)
            .ToList();
        if (lines.Count == 0) return [];
        var header = lines[0];
        return [.. lines.Skip(1).Where(cells => cells.Length == header.Length).Select(cells => Row(header, cells))];
    }

    static Dictionary<string, string> Row(string[] header, string[] cells)
    {
        var row = new Dictionary<string, string>();
        for (var i = 0; i < header.Length; i++) row[header[i]] = cells[i];
        return row;
    }

    // "| pi-01 | 10.0.0.11:7443 |" → ["pi-01", "10.0.0.11:7443"]: the text outside the outer bars is not a cell.
    static string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(cell => cell.Trim())];
}
