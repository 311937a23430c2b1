using PiCluster.Storage;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Makes one disk a Ceph OSD; with --wipe only when the inventory listed that disk for wiping and it holds data.</summary>
public sealed record AddDisk(string Host, DiskVerdict Disk) : HostStep(Host)
{
    public override string Describe() => Disk.Wipe
        ? $"add {Disk.Description} as a Ceph OSD, which WIPES {Disk.Losing}"
        : $"add {Disk.Description} as a Ceph OSD";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var result = await host.ChangeAsync(MicroCeph.AddDisk(Disk.Disk, Disk.Wipe), TimeSpan.FromMinutes(10), ct);
        // Older MicroCeph exits 0 even when a disk fails; its table and Error: line say so.
        if (!result.Succeeded || result.StdErr.Contains("Error:", StringComparison.Ordinal))
            throw new StepException(host.Failed($"adding {Disk.Disk} to Ceph", result));
        return StepResult.Done;
    }
}
