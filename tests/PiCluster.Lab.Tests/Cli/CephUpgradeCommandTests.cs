using System.Text.Json;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster upgrade` of MicroCeph on three storage Pis: `noout` for the duration (and unset after a failure), one Pi's
/// daemons down at a time, and a re-run that finishes what a failure left.</summary>
public sealed class CephUpgradeCommandTests
{
    static readonly string[] Pis = ["pi-01", "pi-02", "pi-03"];
    const string Ssd = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";

    static async Task<TestLab> StorageClusterAsync()
    {
        var lab = await TestLab.StartAsync(3, [.. Pis.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1:250G" })]);
        try
        {
            var hostVars = Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
            foreach (var pi in Pis) await File.WriteAllTextAsync(Path.Combine(hostVars.FullName, pi + ".yml"), $"microceph_disks: [\"{Ssd}\"]\n", TestContext.Current.CancellationToken);
            var up = await lab.UpAsync(lab.Inventory);
            Assert.True(up.ExitCode == 0, $"the first up failed: {up}");
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    static async Task<bool> NooutAsync(TestLab lab)
    {
        using var dump = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo ceph osd dump -f json"));
        return dump.RootElement.GetProperty("flags_set").EnumerateArray().Any(f => f.GetString() == "noout");
    }

    static async Task<string> MicroCephAsync(TestLab lab, string pi) => (await lab.SshOkAsync(pi, "snap list microceph")).Split('\n')[1];

    /// <summary>How many OSDs are down and whether noout is set, through whichever Pi's monitor answers; null when none does.</summary>
    static async Task<(int Down, bool Noout)?> OsdsAsync(TestLab lab)
    {
        foreach (var via in Pis)
        {
            var status = await lab.SshAsync(via, "sudo ceph -s -f json");
            if (status.ExitCode != 0) continue;
            using var json = JsonDocument.Parse(status.StdOut);
            var osdmap = json.RootElement.GetProperty("osdmap");
            var checks = json.RootElement.GetProperty("health").GetProperty("checks");
            return (osdmap.GetProperty("num_osds").GetInt32() - osdmap.GetProperty("num_up_osds").GetInt32(), checks.TryGetProperty("OSDMAP_FLAGS", out _));
        }
        return null;
    }

    [Fact]
    public async Task Squid_to_tentacle_goes_one_pi_at_a_time_under_noout_which_is_unset_after_a_failure_too_and_a_rerun_finishes_it()
    {
        // Given three storage Pis on squid, HEALTH_OK, and a store pi-02 cannot reach for its refresh
        await using var lab = await StorageClusterAsync();
        Directory.CreateDirectory(Path.Combine(lab.Dir, "group_vars"));
        await File.WriteAllTextAsync(Path.Combine(lab.Dir, "group_vars", "all.yml"), "microceph_channel: tentacle/stable\n", TestContext.Current.CancellationToken);
        await lab.LabAsync("fault", "pi-02", "add", "snap-refresh", "store-unreachable");

        // When the upgrade runs twice, the fault gone for the second, while a watcher reads Ceph's status
        var watch = new Watch<(int Down, bool Noout)>(() => OsdsAsync(lab)).Start();
        var failed = await lab.ToolAsync(["upgrade", "-i", lab.Inventory, "--yes", "--no-backup"]);
        var nooutAfterFailure = await NooutAsync(lab);
        var pi03AfterFailure = await MicroCephAsync(lab, "pi-03");
        var resumed = await lab.ToolAsync(["upgrade", "-i", lab.Inventory, "--yes", "--no-backup"]);
        await watch.DisposeAsync();
        var health = await lab.SshOkAsync("pi-02", "sudo ceph health");
        var again = await lab.ToolAsync(["upgrade", "-i", lab.Inventory, "--yes", "--no-backup"]);

        // Then the first run refreshed pi-01, failed at pi-02, left pi-03 alone and unset noout
        Assert.True(failed.ExitCode == 2, failed.ToString());
        Assert.Contains("pi-01  changed  microceph squid/stable → tentacle/stable", failed.StdOut);
        Assert.Contains("pi-02  FAILED   microceph squid/stable → tentacle/stable", failed.StdOut);
        Assert.Contains("snap refresh microceph --channel=tentacle/stable on pi-02 failed (exit 1): error: unable to contact snap store; snapd puts the previous "
            + "revision back when a refresh fails, so pi-02 stays on squid/stable", failed.StdOut);
        Assert.Contains("pi-03  skipped  microceph squid/stable → tentacle/stable", failed.StdOut);
        Assert.Matches(@"pi-01  changed  ceph osd unset noout \(also when the upgrade stops on a failure\)", failed.StdOut);
        Assert.False(nooutAfterFailure);
        Assert.Contains(" squid/stable ", pi03AfterFailure);

        // and the re-run finished pi-02 and pi-03 only; every Pi runs tentacle, Ceph is HEALTH_OK, and a third run does nothing
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.DoesNotContain("pi-01  changed  microceph", resumed.StdOut);
        Assert.Contains("pi-03  changed  microceph squid/stable → tentacle/stable", resumed.StdOut);
        foreach (var pi in Pis) Assert.Matches(@"^microceph +20\.2\.0\+snap6b2a7d13d1 +1577 +tentacle/stable ", await MicroCephAsync(lab, pi));
        Assert.Equal("HEALTH_OK\n", health);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to change", again.StdOut);

        // and while it ran, an OSD was down at some point, never two at once, and never without noout
        Assert.Contains(watch.Seen, s => s.Down == 1);
        Assert.True(watch.Seen.Max(s => s.Down) == 1, string.Join(' ', watch.Seen));
        Assert.All(watch.Seen.Where(s => s.Down > 0), s => Assert.True(s.Noout));
    }
}
