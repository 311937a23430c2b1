using PiCluster.Status;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>`status` as text: a node table, the cluster in one line, the addons, then each difference from the inventory.</summary>
public static class StatusText
{
    public static void Write(ClusterStatus status)
    {
        if (status.Nodes.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("node", "address", "role", "ready", "channel", "inventory");
            foreach (var node in status.Nodes)
                table.AddRow(
                    Markup.Escape(node.Name), Markup.Escape(node.Address ?? "-"), node.ControlPlane ? "control plane" : "worker",
                    node.Ready ? "[green]Ready[/]" : "[red]NotReady[/]", Markup.Escape(node.Channel ?? "-"), node.InInventory ? "yes" : "[yellow]no[/]");
            AnsiConsole.Write(table);
            Console.WriteLine(
                $"Cluster: {status.Nodes.Count(n => n.Ready)} of {status.Nodes.Count} nodes Ready, {status.Nodes.Count(n => n.ControlPlane)} control planes, "
                + $"high availability: {(status.HighlyAvailable ? "yes" : "no")} ({status.Voters.Count} datastore voters), API {status.ApiEndpoint ?? "-"}");
            Console.WriteLine($"Addons enabled: {(status.EnabledAddons.Count > 0 ? string.Join(", ", status.EnabledAddons) : "-")}");
            if (status.Storage is { } storage) Console.WriteLine(storage.Line);
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
