namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>A snap as the store describes it.</summary>
public sealed record SnapDefinition(
    string Name, string SnapId, string Summary, string Contact, string License, bool Classic,
    IReadOnlyList<SnapRelease> Releases, string Description)
{
    public const string Publisher = "Canonical";

    public static readonly string[] Risks = ["stable", "candidate", "beta", "edge"];

    public SnapRelease? Find(Channel channel) =>
        channel.Branch is null && Risks.Contains(channel.Risk)
            ? Releases.FirstOrDefault(r => r.Track == channel.Track)
            : null;
}
