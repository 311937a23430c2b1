using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>`lab delays`: how long simulated work takes (zero by default; realistic for benchmarks).</summary>
[SupportedOSPlatform("linux")]
public static class LabDelaysCommand
{
    public sealed record Options(
        Option<int?> SnapInstall, Option<int?> Start, Option<int?> Join, Option<int?> Reboot, Option<int?> SilentConnect, Option<int?> Drain, Option<int?> CephRestart,
        Option<int?> Rebalance, Option<int?> SnapRemove)
    {
        public IEnumerable<Option> All => [SnapInstall, Start, Join, Reboot, SilentConnect, Drain, CephRestart, Rebalance, SnapRemove];

        public LabDelays Read(ParseResult parse, LabDelays current) => new(
            SnapInstallMs: parse.GetValue(SnapInstall) ?? current.SnapInstallMs,
            MicroK8sStartMs: parse.GetValue(Start) ?? current.MicroK8sStartMs,
            JoinMs: parse.GetValue(Join) ?? current.JoinMs,
            RebootMs: parse.GetValue(Reboot) ?? current.RebootMs,
            SilentConnectMs: parse.GetValue(SilentConnect) ?? current.SilentConnectMs,
            DrainMs: parse.GetValue(Drain) ?? current.DrainMs,
            CephRestartMs: parse.GetValue(CephRestart) ?? current.CephRestartMs,
            RebalanceMs: parse.GetValue(Rebalance) ?? current.RebalanceMs,
            SnapRemoveMs: parse.GetValue(SnapRemove) ?? current.SnapRemoveMs);
    }

    public static Options DelayOptions() => new(
        new("--snap-install-ms") { Description = "how long `snap install` takes" },
        new("--start-ms") { Description = "how long MicroK8s takes to become ready after install or start" },
        new("--join-ms") { Description = "how long `microk8s join` takes" },
        new("--reboot-ms") { Description = "how long a Pi is away when it reboots" },
        new("--silent-connect-ms") { Description = "how long a connect to a hung (paused) Pi waits before timing out (127000, as Linux)" },
        new("--drain-ms") { Description = "how long `kubectl drain` waits for a node's evicted pods to terminate (no wait when it evicts none)" },
        new("--ceph-restart-ms") { Description = "how long a MicroCeph refresh to another revision keeps that Pi's mon, mgr and OSDs down (3000)" },
        new("--rebalance-ms") { Description = "how long Ceph moves an OSD's PGs to the others after `microceph disk remove` marks it out (3000)" },
        new("--snap-remove-ms") { Description = "how long `snap remove microk8s` runs the snap's remove hook (1000; at least 15000 on a Pi)" });

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
            Console.WriteLine($"snap install {d.SnapInstallMs} ms, microk8s start {d.MicroK8sStartMs} ms, join {d.JoinMs} ms, reboot {d.RebootMs} ms, "
                + $"connect to a hung Pi {d.SilentConnectMs} ms, drain {d.DrainMs} ms, ceph restart {d.CephRestartMs} ms, "
                + $"rebalance {d.RebalanceMs} ms, snap remove {d.SnapRemoveMs} ms");
            return 0;
        });
        return command;
    }
}
