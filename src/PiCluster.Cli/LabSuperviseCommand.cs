using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>The lab's background process (reboots and shutdowns asked for inside nodes); started by `lab up`.</summary>
[SupportedOSPlatform("linux")]
public static class LabSuperviseCommand
{
    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var command = new Command("supervise", "carry out reboots asked for inside the nodes") { dir };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            await LabSupervisor.RunAsync(LabOptions.Paths(parse, dir), ct);
            return 0;
        });
        return command;
    }
}
