using System.Diagnostics;
using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>The lab's upgrade delays as a user sees them: `kubectl drain` waits DrainMs for the pods it evicted, and a MicroCeph
/// refresh keeps that host's daemons down for CephRestartMs. Timings are checked to about a second, no tighter.</summary>
public sealed class UpgradeDelayTests
{
    const string Drain = "sudo microk8s kubectl drain pi-02 --ignore-daemonsets --delete-emptydir-data --timeout=60s";

    [Fact]
    public async Task Drain_waits_drain_ms_when_it_evicts_pods_and_not_when_there_is_nothing_left_to_evict()
    {
        // Given: pi-02 runs ordinary pods, and drains take 5 s
        await using var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.JoinOkAsync("pi-03", "pi-01", "--worker");
        var pods = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get pods -A -o wide");
        Assert.Contains(pods.Split('\n'), row => row.StartsWith("default ", StringComparison.Ordinal) && row.Contains(" pi-02 ", StringComparison.Ordinal));
        var delays = await lab.PiClusterAsync(["lab", "delays", "--drain-ms", "5000"]);

        // When: pi-02 is drained, then drained again
        var clock = Stopwatch.StartNew();
        var first = await lab.SshAsync("pi-01", Drain);
        var firstTook = clock.Elapsed;
        clock.Restart();
        var second = await lab.SshAsync("pi-01", Drain);
        var secondTook = clock.Elapsed;

        // Then: only the drain that evicted something waited
        Assert.Equal(0, delays.ExitCode);
        Assert.EndsWith(", drain 5000 ms, ceph restart 3000 ms, rebalance 3000 ms, snap remove 1000 ms\n", delays.StdOut);
        Assert.Contains("\"drainMs\": 5000", await File.ReadAllTextAsync(Path.Combine(lab.Dir, "lab.json"), TestContext.Current.CancellationToken));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\nevicting pod default/", first.StdOut);
        Assert.Matches("\npod/\\S+ evicted\nnode/pi-02 drained\n$", first.StdOut);
        Assert.True(firstTook >= TimeSpan.FromSeconds(4.5), $"the evicting drain took {firstTook.TotalSeconds:0.0} s, not about 5 s");
        Assert.Equal((0, "node/pi-02 already cordoned\nnode/pi-02 drained\n"), (second.ExitCode, second.StdOut));
        Assert.True(secondTook < TimeSpan.FromSeconds(4), $"the drain with nothing to evict took {secondTook.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_microceph_refresh_keeps_the_hosts_osd_down_for_ceph_restart_ms_then_it_is_up_again()
    {
        // Given: three Pis with one OSD each, in a lab whose Ceph daemons take 6 s to restart
        await using var lab = await CephSetup.StartAsync(3, "--ceph-restart-ms", "6000");
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        foreach (var pi in new[] { "pi-01", "pi-02", "pi-03" })
            await lab.SshOkAsync(pi, $"sudo microceph disk add {CephSetup.SsdPath(pi)}");
        var delays = await lab.PiClusterAsync(["lab", "delays"]);

        // When: pi-02 is refreshed to another revision, Ceph is asked at once and 4 s later (past the old fixed 3 s),
        // then every half second until its OSD is up
        var clock = Stopwatch.StartNew();
        var during = (await lab.SshOkAsync("pi-02",
            "sudo snap refresh microceph --channel=tentacle/stable >/dev/null && sudo ceph -s -f json && sleep 4 && sudo ceph -s -f json")).Split('\n');
        var (up, upAfter) = await OsdsUpAsync(lab, clock);
        var health = await lab.SshOkAsync("pi-01", "sudo ceph health");

        // Then
        Assert.Contains(", ceph restart 6000 ms,", delays.StdOut);
        Assert.Equal((3, 2, "HEALTH_WARN"), Osds(during[0]));
        Assert.Equal((3, 2, "HEALTH_WARN"), Osds(during[1]));
        Assert.Equal(3, up);
        Assert.True(upAfter >= TimeSpan.FromSeconds(5) && upAfter < TimeSpan.FromSeconds(9),
            $"pi-02's OSD was back {upAfter.TotalSeconds:0.0} s after the refresh began, not about 6 s");
        Assert.Equal("HEALTH_OK\n", health);
    }

    /// <summary>OSDs, OSDs up and the health status in a `ceph -s -f json` document.</summary>
    static (int Osds, int Up, string? Health) Osds(string status)
    {
        using var json = JsonDocument.Parse(status);
        var osdmap = json.RootElement.GetProperty("osdmap");
        return (osdmap.GetProperty("num_osds").GetInt32(), osdmap.GetProperty("num_up_osds").GetInt32(),
            json.RootElement.GetProperty("health").GetProperty("status").GetString());
    }

    /// <summary>`ceph -s -f json` on pi-01 every half second for up to 15 s, until every OSD is up: how many are, and when.</summary>
    static async Task<(int Up, TimeSpan At)> OsdsUpAsync(TestLab lab, Stopwatch clock)
    {
        for (var i = 0; ; i++)
        {
            var (osds, up, _) = Osds(await lab.SshOkAsync("pi-01", "sudo ceph -s -f json"));
            if (up == osds || i == 30)
                return (up, clock.Elapsed);

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }
}
