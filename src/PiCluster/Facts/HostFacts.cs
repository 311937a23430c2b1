using System.Text.Json.Serialization;

namespace PiCluster.Facts;

/// <summary>What one probe learned about a host: what later steps decide from.</summary>
public sealed record HostFacts
{
    public required string Hostname { get; init; }
    /// <summary>Changes at every boot: how a reboot is known to have happened.</summary>
    public required string BootId { get; init; }
    public required OsRelease Os { get; init; }
    /// <summary>`uname -m`: aarch64 on a 64-bit Pi.</summary>
    public required string Arch { get; init; }
    public required long MemoryKb { get; init; }
    public string? Model { get; init; }
    public required BootCmdline Cmdline { get; init; }
    /// <summary>The cmdline.txt PiCluster first found, kept before its first change.</summary>
    public BootCmdline CmdlineBackup { get; init; } = new(null);
    public required bool MemoryCgroupActive { get; init; }
    /// <summary>null when timedatectl could not say.</summary>
    public bool? TimeSynchronized { get; init; }
    public required string EtcHosts { get; init; }
    /// <summary>PiCluster's cloud-init drop-in, empty when absent.</summary>
    public required string CloudInitSettings { get; init; }
    /// <summary>Which of the modules the cluster needs `modprobe -n` finds.</summary>
    public required IReadOnlyList<string> LoadableModules { get; init; }
    /// <summary>Groups of the user PiCluster logs in as.</summary>
    public required IReadOnlyList<string> LoginGroups { get; init; }
    public required IReadOnlyList<InstalledSnap> Snaps { get; init; }
    public required IReadOnlyList<BlockDevice> Disks { get; init; }
    /// <summary>/dev/disk/by-id links and the devices they point at.</summary>
    public required IReadOnlyDictionary<string, string> DiskIds { get; init; }
    /// <summary>null when the microceph snap is not installed.</summary>
    [JsonPropertyName("microceph")]
    public MicroCephFacts? MicroCeph { get; init; }
    /// <summary>null when the microk8s snap is not installed.</summary>
    [JsonPropertyName("microk8s")]
    public MicroK8sFacts? MicroK8s { get; init; }
}
