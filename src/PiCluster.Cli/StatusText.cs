using PiCluster.Recap;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>`status` as text: a node table, the cluster in one line, the addons, then each difference from the inventory.</summary>
public static class StatusText
{
    public static void Write(ClusterStatus status)
    {
        var cluster = status.Cluster;
        if (cluster.Nodes.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("node", "address", "role", "ready", "channel", "version", "inventory");
            foreach (var node in cluster.Nodes)
            {
                table.AddRow(
                    Markup.Escape(node.Name), Markup.Escape(node.Address ?? "-"), node.ControlPlane ? "control plane" : "worker",
                    node.Ready ? "[green]Ready[/]" : "[red]NotReady[/]", Markup.Escape(node.Channel ?? "-"), Markup.Escape(node.Version ?? "-"),
                    node.InInventory ? "yes" : "[yellow]no[/]");
            }

            AnsiConsole.Write(table);
            Console.WriteLine(
                $"Cluster: {cluster.Ready} of {cluster.Nodes.Count} nodes Ready, {cluster.ControlPlanes} control plane{(cluster.ControlPlanes == 1 ? "" : "s")}, "
                + $"high availability: {(cluster.HighlyAvailable ? "yes" : "no")} ({cluster.Voters.Count} datastore voters), API {cluster.ApiEndpoint ?? "-"}");
            Console.WriteLine($"Addons enabled: {(cluster.Addons.Count > 0 ? string.Join(", ", cluster.Addons) : "-")}");
            if (cluster.Storage is { } storage) Console.WriteLine(storage.Line);
        }
        if (status.AsTheInventorySays)
        {
            Console.WriteLine("As the inventory says.");
            return;
        }
        Console.WriteLine("Differs from the inventory:");
        foreach (var drift in status.Drift) Console.WriteLine(Secrets.Redact($"  - {drift}"));
    }
}
