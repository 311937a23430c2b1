using System.CommandLine;
using PiCluster.Access;

namespace PiCluster.Cli;

/// <summary>`picluster ping`: can every host be reached over SSH, and does sudo work there?</summary>
public static class PingCommand
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var command = new Command("ping", "Log in to every host (in parallel) and run a command through sudo; exit 0 only if all answered.") { output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var connector = run.Connector();
            var outcomes = await HostWork.RunAsync(run, "ping", (target, token) => Ping.RunAsync(connector, target, CommandTimeout, token), Pong, ct);
            return parse.GetValue(output) == OutputFormat.Json
                ? HostResultJson.Write(outcomes, (json, elapsed) => json.WriteString("result", "pong"))
                : HostResultTable.Render(outcomes, Pong, "answered");
        });
        return command;
    }

    static string Pong(TimeSpan elapsed) => $"pong in {elapsed.TotalMilliseconds:0} ms";
}
