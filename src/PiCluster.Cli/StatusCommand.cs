using System.CommandLine;
using PiCluster.Status;

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
            await using var facts = new ClusterFacts(hosts.Resolve(parse));
            var status = ClusterStatus.From(await facts.PlanAsync(repairStale: false, ct));
            var code = status.AsTheInventorySays ? 0 : 2;
            if (parse.GetValue(output) == OutputFormat.Json) StatusJson.Write(status);
            else StatusText.Write(status);
            if (code != 0) Console.Error.WriteLine($"Log: {RunLog.Path}");
            return code;
        });
        return command;
    }
}
