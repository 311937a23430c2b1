namespace PiCluster.Ansible;

/// <summary>Where something was written: 1-based line and column in a file.</summary>
public sealed record SourceSpot(string File, long Line, long Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
