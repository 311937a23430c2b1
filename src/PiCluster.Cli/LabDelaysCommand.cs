using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>`lab delays`: how long simulated work takes (zero by default; realistic for benchmarks).</summary>
[SupportedOSPlatform("linux")]
public static class LabDelaysCommand
{
    public sealed record Options(Option<int?> SnapInstall, Option<int?> Start, Option<int?> Join, Option<int?> Reboot, Option<int?> SilentConnect)
    {
        public IEnumerable<Option> All => [SnapInstall, Start, Join, Reboot, SilentConnect];

        public LabDelays Read(ParseResult parse, LabDelays current) => new(
            parse.GetValue(SnapInstall) ?? current.SnapInstallMs,
            parse.GetValue(Start) ?? current.MicroK8sStartMs,
            parse.GetValue(Join) ?? current.JoinMs,
            parse.GetValue(Reboot) ?? current.RebootMs,
            parse.GetValue(SilentConnect) ?? current.SilentConnectMs);
    }

    public static Options DelayOptions() => new(
        new("--snap-install-ms") { Description = "how long `snap install` takes" },
        new("--start-ms") { Description = "how long MicroK8s takes to become ready after install or start" },
        new("--join-ms") { Description = "how long `microk8s join` takes" },
        new("--reboot-ms") { Description = "how long a Pi is away when it reboots" },
        new("--silent-connect-ms") { Description = "how long a connect to a hung (paused) Pi waits before timing out (127000, as Linux)" });

    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var delays = DelayOptions();
        var command = new Command("delays", "Show or change the lab's simulated durations.") { dir };
        foreach (var option in delays.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var paths = LabOptions.Paths(parse, dir);
            var lab = LabOptions.Settings(paths);
            var changed = lab with { Delays = delays.Read(parse, lab.Delays) };
            if (changed != lab) LabJson.WriteSettings(paths, changed);
            var d = changed.Delays;
            Console.WriteLine($"snap install {d.SnapInstallMs} ms, microk8s start {d.MicroK8sStartMs} ms, join {d.JoinMs} ms, reboot {d.RebootMs} ms, connect to a hung Pi {d.SilentConnectMs} ms");
            return 0;
        });
        return command;
    }
}
