namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl drain` flags the lab honours; --grace-period is accepted and has no effect on simulated pods.</summary>
public sealed record DrainOptions(IReadOnlyList<string> Nodes, bool IgnoreDaemonSets, bool DeleteEmptyDirData, bool Force, TimeSpan Timeout)
{
    public static DrainOptions? Parse(IReadOnlyList<string> args, Output output, out int exit)
    {
        exit = 1;
        var flags = new Flags(args);
        var ignore = flags.Has("--ignore-daemonsets", "--ignore-daemonsets=true");
        var emptyDir = flags.Has("--delete-emptydir-data", "--delete-emptydir-data=true", "--delete-local-data");
        var force = flags.Has("--force", "--force=true");
        var timeoutText = flags.Value("--timeout") ?? "0s";
        flags.Value("--grace-period");
        if (flags.Unknown is [var unknown, ..])
        {
            output.Error($"error: unknown flag: {unknown.Split('=')[0]}\nSee 'kubectl drain --help' for usage.");
            return null;
        }

        if (GoDuration.Parse(timeoutText) is not { } timeout)
        {
            output.Error($"error: invalid argument \"{timeoutText}\" for \"--timeout\" flag: time: invalid duration \"{timeoutText}\"\nSee 'kubectl drain --help' for usage.");
            return null;
        }

        if (flags.Positional.Count == 0)
        {
            output.Error("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
            return null;
        }

        exit = 0;
        return new(flags.Positional, ignore, emptyDir, force, timeout);
    }
}
