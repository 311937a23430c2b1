namespace PiCluster.Lab;

/// <summary>What `lab up` was asked for. Login options apply when the lab is first created.</summary>
public sealed record LabUpOptions
{
    public int Nodes { get; init; } = 3;
    public int Port { get; init; } = 22;
    public IReadOnlySet<string> FourGbNodes { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> MemoryCgroupOnNodes { get; init; } = new HashSet<string>();
    public string? Password { get; init; }
    public bool ClientKeyInstalled { get; init; } = true;
    public bool SudoNeedsPassword { get; init; }
    public LabDelays? Delays { get; init; }
    public IReadOnlyList<LabDisk> Disks { get; init; } = [];

    /// <summary>The squid build of microceph the store serves from now on; null leaves the lab's as it is.</summary>
    public int? MicroCephRevision { get; init; }
}
