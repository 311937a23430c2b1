namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap VERB ...` as snapd's CLI answers it (errors: `error: ...` on stderr, exit 1).</summary>
public static class SnapCommand
{
    static readonly string[] Privileged = ["install", "remove", "refresh", "start", "stop", "restart"];

    public static int Run(Invocation invocation, Output output)
    {
        if (invocation.Args.Count == 0)
        {
            output.Line("The snap command lets you install, configure, refresh and remove snaps.");
            output.Line("For more information, see 'snap help'.");
            return 0;
        }

        var verb = invocation.Args[0];
        var args = invocation.Args.Skip(1).ToList();
        if (Privileged.Contains(verb) && !invocation.Caller.IsRoot && !args.Contains("--help"))
            return output.Fail("error: access denied (try with sudo)");

        if (FaultStore.Take(invocation, "snap-" + verb) is { } fault)
            return fault.Apply(output);

        return verb switch
        {
            "install" => SnapInstall.Run(invocation, args, output),
            "remove" => SnapRemove.Run(invocation, args, output),
            "refresh" => SnapRefresh.Run(invocation, args, output),
            "list" => SnapList.Run(invocation, args, output),
            "info" => SnapInfo.Run(invocation, args, output),
            "version" => SnapVersion.Run(output),
            "wait" => SnapWait.Run(args, output),
            "start" or "stop" or "restart" => SnapServices.Run(invocation, verb, args, output),
            _ => output.Fail($"error: unknown command \"{verb}\", see 'snap help'."),
        };
    }

    /// <summary>`showDone`: the channel is shown unless it is plain latest/stable.</summary>
    public static string Done(InstalledSnap snap, string verb)
    {
        var channel = Channel.Parse(snap.Channel);
        var shown = channel.IsDefault ? "" : $" ({channel})";
        return $"{snap.Name}{shown} {snap.Version} from {Terminal.Verified(SnapDefinition.Publisher)} {verb}";
    }
}
