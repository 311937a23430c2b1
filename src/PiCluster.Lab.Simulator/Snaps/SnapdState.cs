namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>What snapd on one node knows: the installed snaps.</summary>
public sealed record SnapdState
{
    public List<InstalledSnap> Snaps { get; init; } = [];

    public InstalledSnap? Find(string name) => Snaps.FirstOrDefault(s => s.Name == name);
}

public sealed record InstalledSnap(string Name, string Channel, string Version, int Revision, bool Classic)
{
    public DateTimeOffset RefreshDate { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Null: not held; DateTimeOffset.MaxValue: held forever.</summary>
    public DateTimeOffset? HoldUntil { get; init; }

    public bool IsHeld => HoldUntil is { } until && until > DateTimeOffset.UtcNow;
}
