using System.CommandLine;
using PiCluster.Cli.Json;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster status`: the cluster as it is, from one probe per host, and how it differs from the inventory.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var command = new Command("status",
            "Show the cluster as it is (nodes, roles, Ready, HA, channels, addons) and every way it differs from the inventory; changes nothing.") { output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var json = parse.GetValue(output) == OutputFormat.Json;
            using var events = new RunEvents(json, apply: false, showPlan: false);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var status = await cluster.StatusAsync(ct);
            if (json) OutputJson.Write(StatusDocument.From(status));
            else StatusText.Write(status);
            if (status.AsTheInventorySays) return 0;
            Console.Error.WriteLine($"Log: {RunLog.Path}");
            return 2;
        });
        return command;
    }
}
