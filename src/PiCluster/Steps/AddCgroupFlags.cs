using PiCluster.Facts;

namespace PiCluster.Steps;

/// <summary>Turns the memory cgroup on at the next boot: Kubernetes needs it and the Pi's kernel leaves it off.
/// With <see cref="Damage"/> set, it also repairs cmdline.txt: <see cref="Original"/> is then the backup's line.</summary>
public sealed record AddCgroupFlags(string Host, string Original, string NewLine, string? Damage = null) : HostStep(Host)
{
    public const string Path = "/boot/firmware/cmdline.txt";

    public override string Describe() => Damage is null
        ? $"add {Flags} to {Path} (the original kept as cmdline.txt.picluster.bak)"
        : $"restore {Path} from cmdline.txt.picluster.bak and add {Flags}: {Damage}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        // The last guard before the one file that decides whether the Pi boots.
        if (BootCmdline.ReplacementProblem(Original, NewLine) is { } problem)
            throw new StepException($"{Path} on {Host} was left as it was: {problem}");
        await RemoteFile.WriteAsync(context[Host], "editing cmdline.txt", Path, NewLine + "\n", backup: true, ct);
        return StepResult.Done;
    }

    static string Flags => string.Join(' ', BootCmdline.MemoryCgroupFlags);
}
