using System.CommandLine;
using PiCluster.Access;
using PiCluster.Cli.Json;

namespace PiCluster.Cli;

/// <summary>`picluster ping`: can every host be reached over SSH, and does sudo work there?</summary>
public static class PingCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var command = new Command("ping", "Log in to every host (in parallel) and run a command through sudo; exit 0 only if all answered.") { output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var outcomes = await Ping.RunAsync(run.Scope, run.Connector(), new HostProgress(), ct);
            if (parse.GetValue(output) != OutputFormat.Json) return HostResultTable.Render(outcomes, Ping.Pong, "answered");
            OutputJson.Write(HostsDocument.From("ping", outcomes, (_, entry) => entry with { Result = "pong" }));
            return HostExit.Code(outcomes);
        });
        return command;
    }
}
