using PiCluster.Recap;
using PiCluster.Run;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>What `up` and `upgrade` end with: a recap per host as Ansible's PLAY RECAP counts, the failures spelled out, the versions
/// before and after (when they changed, and always after `upgrade`), and the cluster as it now is.</summary>
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
            Console.WriteLine($"Interrupted: the steps above that ended were done, the others were not run. Run `picluster {result.Plan.Command}` again to finish;");
            Console.WriteLine("it reads every Pi afresh, and repairs a step that was cut off halfway.");
            return;
        }
        if (result.Plan.Command == "upgrade" || result.Versions.Any(v => v.Changed)) WriteVersions(result.Versions);
        Console.WriteLine(Line(result.Cluster));
        if (result.Cluster.Storage is { } storage) Console.WriteLine(storage.Line);
    }

    /// <summary>Each host's MicroK8s (and MicroCeph) before and after, the columns of what it does not run left out.</summary>
    static void WriteVersions(IReadOnlyList<HostVersions> versions)
    {
        var ceph = versions.Any(v => v.MicroCephBefore is not null || v.MicroCephAfter is not null);
        var table = new Table().Border(TableBorder.Simple).AddColumns("host", "microk8s before", "after");
        if (ceph) table.AddColumns("microceph before", "after");
        static string Cell(string? before, string? after) => after is null ? "[red]unknown[/]" : before == after ? Markup.Escape(after) : $"[yellow]{Markup.Escape(after)}[/]";
        foreach (var host in versions)
        {
            string[] cells = [Markup.Escape(host.Host), Markup.Escape(host.MicroK8sBefore ?? "-"), Cell(host.MicroK8sBefore, host.MicroK8sAfter)];
            table.AddRow(ceph ? [.. cells, Markup.Escape(host.MicroCephBefore ?? "-"), host.MicroCephBefore is null ? "-" : Cell(host.MicroCephBefore, host.MicroCephAfter)] : cells);
        }
        AnsiConsole.Write(table);
    }

    public static string Line(ClusterSummary summary) =>
        summary.Nodes.Count == 0
            ? "Cluster: not formed."
            : $"Cluster: {summary.Ready} of {summary.Nodes.Count} nodes Ready, {summary.ControlPlanes} control plane{(summary.ControlPlanes == 1 ? "" : "s")}, "
              + $"high availability: {(summary.HighlyAvailable ? "yes" : "no")}, API {summary.ApiEndpoint}";
}
