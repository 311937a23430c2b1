namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>A snap channel `track/risk[/branch]`; a lone risk means the `latest` track, a lone track the `stable` risk.</summary>
public sealed record Channel(string Track, string Risk, string? Branch = null)
{
    public static readonly Channel Default = new("latest", "stable");

    public static Channel Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length switch
        {
            1 when SnapDefinition.Risks.Contains(parts[0]) => new("latest", parts[0]),
            1 => new(parts[0], "stable"),
            2 when SnapDefinition.Risks.Contains(parts[0]) => new("latest", parts[0], parts[1]),
            2 => new(parts[0], parts[1]),
            _ => new(parts[0], parts[1], string.Join('/', parts[2..])),
        };
    }

    public override string ToString() => Branch is null ? $"{Track}/{Risk}" : $"{Track}/{Risk}/{Branch}";

    /// <summary>`snap list` shortens a branch to an ellipsis.</summary>
    public string Tracking => Branch is null ? ToString() : $"{Track}/{Risk}/…";

    public bool IsDefault => this == Default;
}
