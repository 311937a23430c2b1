namespace PiCluster.Tools;

/// <summary>A snap channel by what it is, `track/risk[/branch]`: `1.33` is `1.33/stable` and `edge` is `latest/edge`, as snapd reads them.</summary>
public sealed record SnapChannel(string Track, string Risk, string? Branch = null)
{
    static readonly string[] Risks = ["stable", "candidate", "beta", "edge"];

    public static SnapChannel Parse(string text)
    {
        var parts = text.Trim().Split('/');
        return parts switch
        {
            [var risk] when Risks.Contains(risk) => new("latest", risk),
            [var track] => new(track, "stable"),
            [var risk, var branch] when Risks.Contains(risk) => new("latest", risk, branch),
            [var track, var risk] => new(track, risk),
            [var track, var risk, var branch, ..] => new(track, risk, branch),
            _ => new(text, "stable"),
        };
    }

    /// <summary>The track as a Kubernetes minor (`1.33`), or null for `latest` and other tracks that name no version.</summary>
    public Version? Minor => Version.TryParse(Track, out var version) && version.Build < 0 ? version : null;

    /// <summary>The same risk and branch on another track: the channel an upgrade passes through.</summary>
    public SnapChannel OnTrack(string track) => this with { Track = track };

    public override string ToString() => Branch is null ? $"{Track}/{Risk}" : $"{Track}/{Risk}/{Branch}";
}
