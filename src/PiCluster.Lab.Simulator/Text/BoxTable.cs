namespace PiCluster.Lab.Simulator.Text;

/// <summary>The ASCII box table LXD's RenderTable draws (MicroCeph uses it): centred headers, left-aligned cells, a rule after every row.</summary>
public static class BoxTable
{
    public static IEnumerable<string> Render(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var rule = "+" + string.Concat(widths.Select(w => new string('-', w + 2) + "+"));
        yield return rule;
        yield return "|" + string.Concat(header.Select((h, c) => " " + Centre(h, widths[c]) + " |"));
        yield return rule;
        foreach (var row in rows)
        {
            yield return "|" + string.Concat(row.Select((cell, c) => " " + cell.PadRight(widths[c]) + " |"));
            yield return rule;
        }
    }

    static string Centre(string text, int width)
    {
        var left = (width - text.Length) / 2;
        return new string(' ', left) + text + new string(' ', width - text.Length - left);
    }
}
