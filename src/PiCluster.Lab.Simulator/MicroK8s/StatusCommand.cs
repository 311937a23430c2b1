namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s status [--format pretty|yaml|short] [-w] [-t N] [-a ADDON] [--yaml]`.</summary>
public static class StatusCommand
{
    public const string NotRunning = "microk8s is not running. Use microk8s inspect for a deeper inspection.";

    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var wait = flags.Has("-w", "--wait-ready");
        var yaml = flags.Has("--yaml");
        var format = flags.Value("--format") ?? (yaml ? "yaml" : "pretty");
        var timeoutText = flags.Value("-t", "--timeout") ?? "0";
        var addon = flags.Value("-a", "--addon");
        if (format is not ("pretty" or "yaml" or "short") || !int.TryParse(timeoutText, out var timeout) || flags.Remaining.Count > 0)
        {
            output.Error("usage: microk8s status [-h] [--format {pretty,yaml,short}] [-w] [-t TIMEOUT] [-a ADDON] [--yaml]");
            return output.Fail("microk8s status: error: " + Problem(format, timeoutText, flags), 2);
        }

        RefreshMemoryCgroup(context);
        var view = wait ? WaitForReady(context, timeout) : context.View();
        if (!view.Ready)
            return format == "yaml" ? StatusPrinter.YamlNotRunning(view, output) : output.Say(NotRunning, 1);

        if (addon is not null)
        {
            var known = AddonCatalogue.Find(addon);
            return output.Say(known is not null && AddonCatalogue.IsEnabled(known, view.Cluster!) ? "enabled" : "disabled", 0);
        }

        (format switch { "yaml" => (Action<ClusterView, Output>)StatusPrinter.Yaml, "short" => StatusPrinter.Compact, _ => StatusPrinter.Pretty })(view, output);
        return 0;
    }

    /// <summary>Waits forever when the timeout is 0, like status.py.</summary>
    static ClusterView WaitForReady(MicroK8sContext context, int timeoutSeconds)
    {
        var deadline = timeoutSeconds > 0 ? DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds) : DateTimeOffset.MaxValue;
        while (true)
        {
            var view = context.View();
            if (view.Ready || DateTimeOffset.UtcNow >= deadline)
                return view;

            Thread.Sleep(250);
        }
    }

    static void RefreshMemoryCgroup(MicroK8sContext context)
    {
        var memory = NodeEnvironment.MemoryCgroup();
        if (context.Store.Read().Node(context.Node) is { } record && record.MemoryCgroup != memory)
        {
            context.Store.Update(state => { state.Node(context.Node)!.MemoryCgroup = memory; });
        }
    }

    static string Problem(string format, string timeout, Flags flags) =>
        format is not ("pretty" or "yaml" or "short")
            ? $"argument --format: invalid choice: '{format}' (choose from 'pretty', 'yaml', 'short')"
            : !int.TryParse(timeout, out _)
                ? $"argument -t/--timeout: invalid int value: '{timeout}'"
                : $"unrecognized arguments: {string.Join(' ', flags.Remaining)}";
}
