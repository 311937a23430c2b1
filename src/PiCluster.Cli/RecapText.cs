using PiCluster.Recap;
using PiCluster.Run;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>What `up` ends with: a recap per host as Ansible's PLAY RECAP counts, the failures spelled out, and the cluster as it now is.</summary>
public static class RecapText
{
    public static void Write(RunResult result)
    {
        var recap = result.Recap ?? [];
        Console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).AddColumns("host", "ok", "changed", "unreachable", "failed", "skipped", "time");
        foreach (var host in recap)
        {
            table.AddRow(
                Markup.Escape(host.Host), $"{host.Ok}", host.Changed > 0 ? $"[yellow]{host.Changed}[/]" : "0", host.Unreachable ? "[red]1[/]" : "0",
                host.Failed > 0 ? $"[red]{host.Failed}[/]" : "0", $"{host.Skipped}", $"{host.Elapsed.TotalSeconds:0.0} s");
        }

        AnsiConsole.Write(table);
        foreach (var host in recap.Where(h => h.Messages.Count > 0))
            foreach (var message in host.Messages) Console.WriteLine(Secrets.Redact($"{host.Host}: {message}"));
        foreach (var shortfall in result.Shortfalls) Console.WriteLine(Secrets.Redact(shortfall));
        if (result.Interrupted)
        {
            Console.WriteLine("Interrupted: the steps above that ended were done, the others were not run. Run `picluster up` again to finish;");
            Console.WriteLine("it reads every Pi afresh, and repairs a step that was cut off halfway.");
            return;
        }
        Console.WriteLine(Line(result.Cluster));
        if (result.Cluster.Storage is { } storage) Console.WriteLine(storage.Line);
    }

    public static string Line(ClusterSummary summary) =>
        summary.Nodes.Count == 0
            ? "Cluster: not formed."
            : $"Cluster: {summary.Ready} of {summary.Nodes.Count} nodes Ready, {summary.ControlPlanes} control plane{(summary.ControlPlanes == 1 ? "" : "s")}, "
              + $"high availability: {(summary.HighlyAvailable ? "yes" : "no")}, API {summary.ApiEndpoint}";
}
