using System.Text.Json;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster upgrade` of MicroK8s on a lab cluster of three control planes and a worker: one node at a time, one minor
/// at a time, never two voters down, stopped cleanly by a blocked drain or a Pi that goes away, and finished by a re-run.</summary>
public sealed class UpgradeCommandTests
{
    static readonly string[] ControlPlanes = ["pi-01", "pi-02", "pi-03"];
    static readonly string[] Everyone = ["pi-01", "pi-02", "pi-03", "pi-04"];

    /// <summary>The cluster on <paramref name="channel"/>, pi-04 a worker; then MicroK8s takes <paramref name="startMs"/> to be ready
    /// again after a refresh.</summary>
    static async Task<TestLab> ClusterOnAsync(string channel, int startMs)
    {
        var lab = await TestLab.StartAsync(4);
        try
        {
            Channel(lab, channel);
            Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
            await File.WriteAllTextAsync(Path.Combine(lab.Dir, "host_vars", "pi-04.yml"), "picluster_role: worker\n", TestContext.Current.CancellationToken);
            var up = await lab.UpAsync(lab.Inventory);
            Assert.True(up.ExitCode == 0, $"the first up failed: {up}");
            await lab.LabAsync("delays", "--start-ms", startMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    static void Channel(TestLab lab, string channel, string more = "")
    {
        Directory.CreateDirectory(Path.Combine(lab.Dir, "group_vars"));
        File.WriteAllText(Path.Combine(lab.Dir, "group_vars", "all.yml"), $"microk8s_channel: {channel}\n{more}");
    }

    static Task<ProcessResult> UpgradeAsync(TestLab lab, params string[] options) => lab.ToolAsync(["upgrade", "-i", lab.Inventory, "--yes", .. options]);

    /// <summary>Each node's kubelet version and whether it is cordoned, as kubectl on pi-01 shows them.</summary>
    static async Task<Dictionary<string, (string Version, bool Cordoned)>> NodesAsync(TestLab lab, string via = "pi-01")
    {
        using var json = JsonDocument.Parse(await lab.SshOkAsync(via, "sudo microk8s kubectl get nodes -o json"));
        return json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            item => item.GetProperty("metadata").GetProperty("name").GetString()!,
            item => (item.GetProperty("status").GetProperty("nodeInfo").GetProperty("kubeletVersion").GetString()!,
                item.TryGetProperty("spec", out var spec) && spec.TryGetProperty("unschedulable", out var flag) && flag.GetBoolean()));
    }

    static int Refreshes(TestLab lab, string pi) => lab.SimCalls(pi).Count(c => c.StartsWith("snap refresh microk8s --channel", StringComparison.Ordinal));

    /// <summary>How many control planes are Ready, through whichever control plane answers; null when none does.</summary>
    static async Task<int?> ReadyVotersAsync(TestLab lab)
    {
        foreach (var via in ControlPlanes)
        {
            var nodes = await lab.SshAsync(via, "sudo microk8s kubectl get nodes -o json");
            if (nodes.ExitCode != 0) continue;
            using var json = JsonDocument.Parse(nodes.StdOut);
            return json.RootElement.GetProperty("items").EnumerateArray().Count(item =>
                ControlPlanes.Contains(item.GetProperty("metadata").GetProperty("name").GetString())
                && item.GetProperty("status").GetProperty("conditions").EnumerateArray()
                    .Any(c => c.GetProperty("type").GetString() == "Ready" && c.GetProperty("status").GetString() == "True"));
        }
        return null;
    }

    [Fact]
    public async Task A_cluster_on_1_32_goes_to_1_34_through_1_33_one_node_at_a_time_never_two_voters_down_and_a_rerun_does_nothing()
    {
        // Given three control planes and a worker on 1.32, each needing 1.5 s to be ready again after a refresh
        await using var lab = await ClusterOnAsync("1.32/stable", startMs: 1500);
        Channel(lab, "1.34/stable");

        // When the upgrade runs while a watcher counts the Ready voters
        var plan = await lab.ToolAsync(["upgrade", "-i", lab.Inventory, "--plan"]);
        var watch = new Watch<int>(() => ReadyVotersAsync(lab)).Start();
        var upgrade = await UpgradeAsync(lab);
        await watch.DisposeAsync();
        var readyVoters = watch.Seen;
        var nodes = await NodesAsync(lab);
        var again = await UpgradeAsync(lab);
        Channel(lab, "1.33/stable");
        var downgrade = await UpgradeAsync(lab);

        // Then the plan goes through 1.33 on every node first, control planes before the worker
        Assert.True(plan.ExitCode == 0, plan.ToString());
        var planned = Regex.Matches(plan.StdOut, @"(?m)^  - (pi-\d\d): microk8s \S+ → (\S+):").Select(m => $"{m.Groups[1]} → {m.Groups[2]}");
        Assert.Equal(
        [
            "pi-01 → 1.33/stable", "pi-02 → 1.33/stable", "pi-03 → 1.33/stable", "pi-04 → 1.33/stable",
            "pi-01 → 1.34/stable", "pi-02 → 1.34/stable", "pi-03 → 1.34/stable", "pi-04 → 1.34/stable",
        ], planned);
        Assert.Matches(@"\npi-04 \(\S+\): microk8s 1\.32/stable \(v1\.32\.9\)\n", plan.StdOut);
        Assert.Contains("8 changes on 4 hosts (plan only: nothing was changed).", plan.StdOut);

        // and the upgrade did it: every node on 1.34, none cordoned, a voter down at a time and never two
        Assert.True(upgrade.ExitCode == 0, upgrade.ToString());
        Assert.Equal(Everyone, nodes.Keys.Order());
        Assert.All(nodes.Values, n => Assert.Equal(("v1.34.1", false), n));
        Assert.All(Everyone, pi => Assert.Equal(2, Refreshes(lab, pi)));
        Assert.Contains(2, readyVoters);
        Assert.True(readyVoters.Min() >= 2, $"the watcher saw {readyVoters.Min()} Ready voters");
        Assert.Matches(@"pi-01 +1\.32/stable v1\.32\.9 +1\.34/stable v1\.34\.1", upgrade.StdOut);
        Assert.Matches(@"pi-04 +1\.32/stable v1\.32\.9 +1\.34/stable v1\.34\.1", upgrade.StdOut);
        Assert.Matches(@"\nmicrok8s +v1\.34\.1 +\d+ +1\.34/stable +\S+ +\S*held", await lab.SshOkAsync("pi-03", "snap list microk8s"));

        // and it backed up the datastore first, into ./backups
        var backup = Assert.Single(Directory.GetFiles(Path.Combine(lab.Dir, "backups")));
        Assert.Contains($"Backup: {backup} (", upgrade.StdOut);
        Assert.True(upgrade.StdOut.IndexOf("Backup: ", StringComparison.Ordinal) < upgrade.StdOut.IndexOf("pi-01  changed", StringComparison.Ordinal), upgrade.StdOut);

        // and a re-run changes nothing; a downgrade is refused before anything changes
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to change", again.StdOut);
        Assert.All(Everyone, pi => Assert.Equal(2, Refreshes(lab, pi)));
        Assert.Single(Directory.GetFiles(Path.Combine(lab.Dir, "backups")));
        Assert.Equal(1, downgrade.ExitCode);
        Assert.Contains("  - pi-01 runs Kubernetes 1.34 (1.34/stable), newer than microk8s_channel 1.33/stable: PiCluster does not downgrade", downgrade.StdOut);
        Assert.All(Everyone, pi => Assert.Equal(2, Refreshes(lab, pi)));
    }

    [Fact]
    public async Task A_drain_a_disruption_budget_blocks_stops_the_upgrade_naming_the_pod_and_a_rerun_after_the_fault_finishes_it()
    {
        // Given a cluster on 1.33 whose PodDisruptionBudget will not let pi-02's web pod go, and drains given 6 s
        await using var lab = await ClusterOnAsync("1.33/stable", startMs: 0);
        Channel(lab, "1.34/stable", "picluster_drain_timeout: 6\n");
        await lab.LabAsync("fault", "pi-02", "add", "drain", "pdb-blocked", "--times", "0");

        // When
        var blocked = await UpgradeAsync(lab, "--no-backup");
        var afterBlock = await NodesAsync(lab);
        var refreshedOnPi03 = Refreshes(lab, "pi-03");
        await lab.LabAsync("fault", "pi-02", "clear", "drain");
        var resumed = await UpgradeAsync(lab, "--no-backup");
        var afterResume = await NodesAsync(lab);

        // Then the upgrade stopped at pi-02 with the pod named; pi-01 was done, pi-02 is left cordoned on 1.33, the rest untouched
        Assert.True(blocked.ExitCode == 2, blocked.ToString());
        Assert.True(Regex.IsMatch(blocked.StdOut, @"pi-02: drain of pi-02 did not finish within 6 s: evicting default/web-[a-z0-9-]+(, default/web-[a-z0-9-]+)? would break (its|their) "
            + @"PodDisruptionBudget \(`microk8s kubectl get pdb -A`\); pi-02 stays cordoned on 1\.33/stable, nothing else was changed: let the budget allow it"),
            blocked.ToString());
        Assert.Contains("the upgrade stopped at pi-02", blocked.StdOut);
        Assert.Equal(("v1.34.1", false), afterBlock["pi-01"]);
        Assert.Equal(("v1.33.5", true), afterBlock["pi-02"]);
        Assert.Equal(("v1.33.5", false), afterBlock["pi-03"]);
        Assert.Equal(("v1.33.5", false), afterBlock["pi-04"]);
        Assert.Equal(0, refreshedOnPi03);

        // and the re-run skips pi-01 and finishes the others
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.DoesNotContain("pi-01: microk8s", resumed.StdOut);
        Assert.All(afterResume.Values, n => Assert.Equal(("v1.34.1", false), n));
        Assert.All(Everyone, pi => Assert.Equal(1, Refreshes(lab, pi)));
        Assert.False(Directory.Exists(Path.Combine(lab.Dir, "backups")));
    }

    [Fact]
    public async Task A_pi_that_goes_away_mid_upgrade_stops_it_before_another_voter_goes_down_and_a_rerun_finishes_it()
    {
        // Given a cluster on 1.33 whose nodes take 4 s to be ready again after a refresh
        await using var lab = await ClusterOnAsync("1.33/stable", startMs: 4000);
        Channel(lab, "1.34/stable");

        // When pi-03 is switched off while pi-01 is being upgraded
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02");
        var upgrade = UpgradeAsync(lab, "--no-backup");
        while (!(await lab.SshOkAsync("pi-01", "snap list microk8s")).Contains("1.34/stable", StringComparison.Ordinal))
            await Task.Delay(100, TestContext.Current.CancellationToken);
        await lab.LabAsync("stop-node", "pi-03");
        var stopped = await upgrade;
        var afterStop = await NodesAsync(lab);
        var aboutPi02 = logs.NewSimCalls("pi-01").Concat(logs.NewSimCalls("pi-02")).Where(c => c.Contains("pi-02", StringComparison.Ordinal) || c.StartsWith("snap refresh", StringComparison.Ordinal)).ToList();
        await lab.LabAsync("start-node", "pi-03");
        while (!(await lab.NodesAsync("pi-01")).All(n => n.Ready))
            await Task.Delay(200, TestContext.Current.CancellationToken);
        var resumed = await UpgradeAsync(lab, "--no-backup");
        var afterResume = await NodesAsync(lab);

        // Then pi-01 finished, pi-02 was never touched (pi-03 not Ready), nor pi-03 or pi-04
        Assert.True(stopped.ExitCode == 2, stopped.ToString());
        Assert.Contains("pi-02: pi-03 is not Ready, and taking pi-02 down too would leave the datastore without a majority of its voters; "
            + "nothing was changed on pi-02: bring pi-03 back (`picluster status`), then re-run `picluster upgrade`", stopped.StdOut);
        Assert.Equal(("v1.34.1", false), afterStop["pi-01"]);
        Assert.Equal(("v1.33.5", false), afterStop["pi-02"]);
        Assert.Equal(("v1.33.5", false), afterStop["pi-04"]);
        Assert.Equal(["snap refresh microk8s --channel=1.34/stable"], aboutPi02);

        // and the re-run finishes every node
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.All(afterResume.Values, n => Assert.Equal(("v1.34.1", false), n));
        Assert.All(Everyone, pi => Assert.Equal(1, Refreshes(lab, pi)));
    }
}
