namespace PiCluster.Facts;

/// <summary>One row of `snap list`.</summary>
public sealed record InstalledSnap(string Name, string Version, string Revision, string Tracking, IReadOnlyList<string> Notes)
{
    public bool Held => Notes.Contains("held");
}
