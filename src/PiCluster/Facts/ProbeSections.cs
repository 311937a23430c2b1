namespace PiCluster.Facts;

/// <summary>Splits a probe's stdout into named sections: each begins with a line `@@picluster NAME`.</summary>
public sealed class ProbeSections
{
    public const string Marker = "@@picluster ";

    readonly Dictionary<string, string> sections = [];

    public ProbeSections(string stdout)
    {
        string? name = null;
        var lines = new List<string>();
        foreach (var line in stdout.Split('\n'))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                Close(name, lines);
                name = line[Marker.Length..].Trim();
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }
        Close(name, lines);
    }

    /// <summary>The section's text without its trailing newlines; null when the probe did not print it.</summary>
    public string? this[string name] => sections.GetValueOrDefault(name);

    public bool Has(string name) => sections.ContainsKey(name);

    void Close(string? name, List<string> lines)
    {
        if (name is not null) sections[name] = string.Join('\n', lines).TrimEnd('\n');
        lines.Clear();
    }
}
