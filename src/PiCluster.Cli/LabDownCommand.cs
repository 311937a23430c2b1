using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

[SupportedOSPlatform("linux")]
public static class LabDownCommand
{
    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var command = new Command("down", "Stop every Pi of the lab and remove its folder; also cleans up after a crashed run.") { dir };
        command.SetAction(async (parse, _) =>
        {
            var paths = LabOptions.Paths(parse, dir);
            await new SimulatedLab(paths, LabOptions.CliPath).DownAsync();
            Console.WriteLine($"Lab in {paths.Dir} is down.");
            return 0;
        });
        return command;
    }
}
