using System.CommandLine;
using System.Diagnostics;
using System.Runtime.Versioning;

namespace PiCluster.Cli;

/// <summary>`lab fault NODE …`: hands the rest of the line to the node's simulator, which owns the faults.</summary>
[SupportedOSPlatform("linux")]
public static class LabFaultCommand
{
    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var node = LabOptions.Node();
        var rest = new Argument<string[]>("args") { Description = "add COMMAND ERROR [--times N] | list | clear | kinds", Arity = ArgumentArity.OneOrMore };
        var command = new Command("fault", "Make a node's next simulated calls fail as the real CLI does, e.g. `lab fault pi-02 add join invalid-token`.")
        {
            node, rest, dir,
        };
        command.SetAction(async (parse, ct) =>
        {
            var paths = LabOptions.Paths(parse, dir);
            var lab = LabOptions.Settings(paths);
            var target = LabOptions.FindNode(lab, parse.GetValue(node)!);
            var info = new ProcessStartInfo(paths.Simulator) { UseShellExecute = false };
            foreach (var arg in new[] { "--lab", paths.Dir, "--node", target.Name, "fault" }.Concat(parse.GetValue(rest)!))
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            await process.WaitForExitAsync(ct);
            return process.ExitCode;
        });
        return command;
    }
}
