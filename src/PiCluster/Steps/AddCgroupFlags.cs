using PiCluster.Facts;

namespace PiCluster.Steps;

/// <summary>Turns the memory cgroup on at the next boot: Kubernetes needs it and the Pi's kernel leaves it off.</summary>
public sealed record AddCgroupFlags(string Host, string NewLine) : HostStep(Host)
{
    public const string Path = "/boot/firmware/cmdline.txt";

    public override string Describe() => $"add {string.Join(' ', BootCmdline.MemoryCgroupFlags)} to {Path} (the original kept as cmdline.txt.picluster.bak)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await RemoteFile.WriteAsync(context[Host], "editing cmdline.txt", Path, NewLine + "\n", backup: true, ct);
        return StepResult.Done;
    }
}
