using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;
using Spectre.Console;

namespace PiCluster.Cli;

[SupportedOSPlatform("linux")]
public static class LabStatusCommand
{
    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var command = new Command("status", "Show the lab's Pis: address, power, hostname, memory, added delay.") { dir };
        command.SetAction(parse =>
        {
            var paths = LabOptions.Paths(parse, dir);
            Render(new SimulatedLab(paths, LabOptions.CliPath).Status());
            return 0;
        });
        return command;
    }

    public static void Render(IReadOnlyList<LabNodeStatus> nodes)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("node", "address", "power", "hostname", "memory", "delay");
        foreach (var n in nodes)
        {
            table.AddRow(n.Name, n.Port == 22 ? n.Address : $"{n.Address}:{n.Port}", Markup.Escape(n.Power), Markup.Escape(n.Hostname),
                $"{n.MemoryGb} GB", n.DelayMs is { } ms ? $"{ms} ms" : "-");
        }

        AnsiConsole.Write(table);
    }
}
