using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>Faults of one Pi: power cut and back, hang and back, reboot, network delay; and a fresh SD card.</summary>
[SupportedOSPlatform("linux")]
public static class LabNodeCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return NodeCommand("stop-node", "Cut the power of a Pi: its sshd and sessions die, connections are refused.", "stopped",
            (control, node, _) => control.StopAsync(node.Name));
        yield return NodeCommand("start-node", "Power a Pi on again (it boots with its current cmdline.txt).", "started",
            (control, node, ct) => control.StartAsync(node, ct));
        yield return NodeCommand("pause-node", "Freeze a Pi: TCP still connects, but nothing answers (a hung Pi).", "paused",
            (control, node, _) => control.PauseAsync(node.Name));
        yield return NodeCommand("resume-node", "Unfreeze a paused Pi.", "resumed",
            (control, node, _) => control.ResumeAsync(node.Name));
        yield return RebootCommand();
        yield return DelayCommand();
        yield return ReflashCommand();
    }

    static Command NodeCommand(string name, string description, string done, Func<NodeControl, LabNode, CancellationToken, Task> act)
    {
        var dir = LabOptions.Dir();
        var node = LabOptions.Node();
        var command = new Command(name, description) { node, dir };
        command.SetAction(async (parse, ct) =>
        {
            var (control, target) = Resolve(parse, dir, node);
            await act(control, target, ct);
            Console.WriteLine($"{target.Name} {done}.");
            return 0;
        });
        return command;
    }

    static Command RebootCommand()
    {
        var dir = LabOptions.Dir();
        var node = LabOptions.Node();
        var fromNode = new Option<bool>("--from-node") { Hidden = true };
        var command = new Command("reboot-node", "Reboot a Pi: connections drop, it is back after the lab's reboot delay.") { node, dir, fromNode };
        command.SetAction(async (parse, ct) =>
        {
            var (control, target) = Resolve(parse, dir, node);
            await control.RebootAsync(target, parse.GetValue(fromNode), ct);
            Console.WriteLine($"{target.Name} rebooted.");
            return 0;
        });
        return command;
    }

    static Command DelayCommand()
    {
        var dir = LabOptions.Dir();
        var node = LabOptions.Node();
        var ms = new Argument<int>("ms") { Description = "added delay each way in milliseconds; 0 removes it" };
        var command = new Command("delay-node", "Add network delay in front of a Pi's sshd (open sessions keep the old path).") { node, ms, dir };
        command.SetAction(async (parse, _) =>
        {
            var (control, target) = Resolve(parse, dir, node);
            var delay = parse.GetValue(ms);
            if (delay < 0) throw new LabException("the delay must be 0 or more milliseconds");
            await control.DelayAsync(target, delay, LabOptions.CliPath);
            Console.WriteLine(delay > 0 ? $"{target.Name} now answers {delay} ms later each way." : $"{target.Name} has no added delay.");
            return 0;
        });
        return command;
    }

    static Command ReflashCommand()
    {
        var dir = LabOptions.Dir();
        var node = LabOptions.Node();
        var wipe = new Option<bool>("--wipe-disks") { Description = "also blank its data disks (by default they keep their partitions, filesystems and OSD labels)" };
        var command = new Command("reflash-node", "Give a Pi a freshly flashed SD card at the same address (hostname ubuntu, a new host key, no snaps), then boot it; "
            + "the clusters keep their records of it.") { node, dir, wipe };
        command.SetAction(async (parse, ct) =>
        {
            var paths = LabOptions.Paths(parse, dir);
            var lab = LabOptions.Settings(paths);
            var target = LabOptions.FindNode(lab, parse.GetValue(node)!);
            await new NodeReflash(paths, lab).ReflashAsync(target, parse.GetValue(wipe), ct);
            Console.WriteLine($"{target.Name} reflashed.");
            return 0;
        });
        return command;
    }

    static (NodeControl, LabNode) Resolve(ParseResult parse, Option<string> dir, Argument<string> node)
    {
        var paths = LabOptions.Paths(parse, dir);
        var lab = LabOptions.Settings(paths);
        return (new NodeControl(paths, lab), LabOptions.FindNode(lab, parse.GetValue(node)!));
    }
}
