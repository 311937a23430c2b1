using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Makes one disk a Ceph OSD; with --wipe only when the inventory listed that disk for wiping and it holds data,
/// which <see cref="Losing"/> then names ("sda1 (ext4)").</summary>
public sealed record AddDisk(string Host, string Disk, string Description, string? Losing = null) : HostStep(Host)
{
    public override string Describe() => Losing is null
        ? $"add {Description} as a Ceph OSD"
        : $"add {Description} as a Ceph OSD, which WIPES {Losing}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var result = await host.ChangeAsync(MicroCeph.AddDisk(Disk, wipe: Losing is not null), TimeSpan.FromMinutes(10), ct);
        // Older MicroCeph exits 0 even when a disk fails; its table and Error: line say so.
        if (!result.Succeeded || result.StdErr.Contains("Error:", StringComparison.Ordinal))
            throw new StepException(host.Failed($"adding {Disk} to Ceph", result));
        return StepResult.Done;
    }
}
