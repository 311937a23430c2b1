using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>What a rolling MicroCeph upgrade sees (day-2 §1.7, §6.4, §6.6): `ceph osd set|unset noout`, the OSDMAP_FLAGS warning,
/// and a refresh to another revision taking that host's daemons down for a moment.</summary>
public sealed class CephUpgradeTests
{
    static readonly string[] Pis = ["pi-01", "pi-02", "pi-03"];

    /// <summary>Three Pis, one SSD OSD each: HEALTH_OK.</summary>
    static async Task<TestLab> HealthyAsync()
    {
        var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync(Pis);
        foreach (var pi in Pis)
            await lab.SshOkAsync(pi, $"sudo microceph disk add {CephSetup.SsdPath(pi)}");

        return lab;
    }

    /// <summary>`.health.status` of `ceph -s -f json`, then the names of the raised checks.</summary>
    static async Task<string> ChecksAsync(TestLab lab, string node)
    {
        using var status = JsonDocument.Parse(await lab.SshOkAsync(node, "sudo ceph -s -f json"));
        var health = status.RootElement.GetProperty("health");
        return string.Join(' ', health.GetProperty("checks").EnumerateObject().Select(c => c.Name).Prepend(health.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Noout_set_twice_warns_with_the_flag_and_unset_twice_brings_health_back_to_ok()
    {
        // Given
        await using var lab = await HealthyAsync();

        // When
        var set = await lab.SshAsync("pi-01", "sudo ceph osd set noout");
        var setAgain = await lab.SshAsync("pi-02", "sudo ceph osd set noout");
        var health = await lab.SshOkAsync("pi-03", "sudo ceph health");
        var detail = await lab.SshOkAsync("pi-03", "sudo ceph health detail");
        var text = await lab.SshOkAsync("pi-01", "sudo ceph -s");
        var checks = await ChecksAsync(lab, "pi-01");
        var raw = await lab.SshOkAsync("pi-01", "sudo ceph status --format json");
        using var json = JsonDocument.Parse(raw);
        using var dump = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo ceph osd dump -f json"));
        var dumpText = await lab.SshOkAsync("pi-01", "sudo ceph osd dump");
        var unset = await lab.SshAsync("pi-01", "sudo ceph osd unset noout");
        var unsetAgain = await lab.SshAsync("pi-01", "sudo ceph osd unset noout");
        var after = await lab.SshOkAsync("pi-02", "sudo ceph health");
        using var dumpAfter = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo ceph osd dump -f json"));

        // Then: the monitor's answer is on stderr, the same when nothing changes
        Assert.Equal((0, "", "noout is set\n"), (set.ExitCode, set.StdOut, set.StdErr));
        Assert.Equal((0, "", "noout is set\n"), (setAgain.ExitCode, setAgain.StdOut, setAgain.StdErr));
        Assert.Equal("HEALTH_WARN noout flag(s) set\n", health);
        Assert.Equal("HEALTH_WARN noout flag(s) set\n[WRN] OSDMAP_FLAGS: noout flag(s) set\n", detail);
        Assert.Contains("    health: HEALTH_WARN\n            noout flag(s) set\n\n  services:\n", text);
        Assert.Matches(@"\n    osd: 3 osds: 3 up \(since \d+[sm]\), 3 in \(since \d+[sm]\)\n", text);
        Assert.EndsWith("    pgs:     1 active+clean\n", text);
        Assert.Equal("HEALTH_WARN OSDMAP_FLAGS", checks);
        var flagCheck = json.RootElement.GetProperty("health").GetProperty("checks").GetProperty("OSDMAP_FLAGS");
        Assert.Equal("noout flag(s) set", flagCheck.GetProperty("summary").GetProperty("message").GetString());
        Assert.Equal(5, flagCheck.GetProperty("summary").GetProperty("count").GetInt32());
        Assert.Contains("\"pgs_by_state\":[{\"state_name\":\"active+clean\",\"count\":1}]", raw);
        Assert.Equal(["noout", "pglog_hardlimit", "purged_snapdirs", "recovery_deletes", "sortbitwise"],
            dump.RootElement.GetProperty("flags_set").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal(5800064, dump.RootElement.GetProperty("flags_num").GetInt64());
        Assert.Contains("\nflags noout,sortbitwise,recovery_deletes,purged_snapdirs,pglog_hardlimit\n", dumpText);
        Assert.Equal((0, "", "noout is unset\n"), (unset.ExitCode, unset.StdOut, unset.StdErr));
        Assert.Equal((0, "", "noout is unset\n"), (unsetAgain.ExitCode, unsetAgain.StdOut, unsetAgain.StdErr));
        Assert.Equal("HEALTH_OK\n", after);
        Assert.DoesNotContain("noout", dumpAfter.RootElement.GetProperty("flags_set").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task An_unknown_flag_is_an_invalid_command()
    {
        // Given
        await using var lab = await HealthyAsync();

        // When
        var bogus = await lab.SshAsync("pi-01", "sudo ceph osd set nothing");

        // Then
        Assert.Equal(22, bogus.ExitCode);
        Assert.StartsWith("Invalid command: nothing not in full|pause|noup|nodown|noout|", bogus.StdErr);
        Assert.EndsWith("\nError EINVAL: invalid command\n", bogus.StdErr);
        Assert.Equal("HEALTH_OK\n", await lab.SshOkAsync("pi-01", "sudo ceph health"));
    }

    [Fact]
    public async Task A_refresh_to_the_next_track_takes_that_hosts_osd_down_for_a_moment_then_health_returns()
    {
        // Given: a healthy cluster on squid, noout set for the upgrade
        await using var lab = await HealthyAsync();
        var before = await lab.SshOkAsync("pi-01", "sudo ceph versions -f json");
        await lab.SshOkAsync("pi-01", "sudo ceph osd set noout");

        // When: pi-02 is refreshed and asked at once, then asked until its OSD is back
        var during = await lab.SshOkAsync("pi-02", "sudo snap refresh microceph --channel=tentacle/stable >/dev/null && sudo ceph health detail && sudo ceph -s && sudo ceph versions -f json");
        var back = await HealthWhenBackAsync(lab, "pi-01");
        var mixed = await lab.SshOkAsync("pi-01", "sudo ceph versions -f json");
        var client = await lab.SshOkAsync("pi-02", "sudo ceph --version");
        await lab.SshOkAsync("pi-01", "sudo ceph osd unset noout");
        var after = await lab.SshOkAsync("pi-03", "sudo ceph health");

        // Then: while down, its OSD and host are down and PGs degraded, but nothing is marked out
        var squid = "ceph version 19.2.0 (16063ff2022298c9300e49a547a16ffda59baf13) squid (stable)";
        var tentacle = "ceph version 20.2.0 (69f84cc2651aa259a15bc192ddaabd3baba07489) tentacle (stable)";
        Assert.Equal($"{{\"mon\":{{\"{squid}\":3}},\"mgr\":{{\"{squid}\":3}},\"osd\":{{\"{squid}\":3}},\"mds\":{{\"{squid}\":3}},\"overall\":{{\"{squid}\":12}}}}\n", before);
        Assert.StartsWith("HEALTH_WARN 1/3 mons down, quorum pi-01,pi-03; noout flag(s) set; 1 osds down; 1 host (1 osds) down; Degraded data redundancy: 1 pg degraded\n"
            + "[WRN] MON_DOWN: 1/3 mons down, quorum pi-01,pi-03\n"
            + "[WRN] OSDMAP_FLAGS: noout flag(s) set\n"
            + "[WRN] OSD_DOWN: 1 osds down\n    osd.2 (root=default,host=pi-02) is down\n"
            + "[WRN] OSD_HOST_DOWN: 1 host (1 osds) down\n    host pi-02 (root=default) (1 osds) is down\n"
            + "[WRN] PG_DEGRADED: Degraded data redundancy: 1 pg degraded\n    pg 1.0 is active+undersized+degraded, acting [1,3]\n", during);
        Assert.Matches(@"\n    osd: 3 osds: 2 up \(since \ds\), 3 in \(since \d+[sm]\)\n", during);
        Assert.Contains("    pgs:     1 active+undersized+degraded\n", during);
        Assert.EndsWith($"{{\"mon\":{{\"{squid}\":2}},\"mgr\":{{\"{squid}\":2}},\"osd\":{{\"{squid}\":2}},\"mds\":{{\"{squid}\":2}},\"overall\":{{\"{squid}\":8}}}}\n", during);
        Assert.Equal("HEALTH_WARN noout flag(s) set\n", back);
        Assert.Equal($"{{\"mon\":{{\"{squid}\":2,\"{tentacle}\":1}},\"mgr\":{{\"{squid}\":2,\"{tentacle}\":1}},\"osd\":{{\"{squid}\":2,\"{tentacle}\":1}},"
            + $"\"mds\":{{\"{squid}\":2,\"{tentacle}\":1}},\"overall\":{{\"{squid}\":8,\"{tentacle}\":4}}}}\n", mixed);
        Assert.Equal(tentacle + "\n", client);
        Assert.Equal("HEALTH_OK\n", after);
    }

    [Fact]
    public async Task A_refresh_that_only_changes_the_channel_restarts_nothing()
    {
        // Given: latest/stable serves the same squid revision
        await using var lab = await HealthyAsync();

        // When
        var health = await lab.SshOkAsync("pi-02", "sudo snap refresh microceph --channel=latest/stable >/dev/null && sudo ceph health");

        // Then
        Assert.Equal("HEALTH_OK\n", health);
        Assert.Equal("HEALTH_OK", await ChecksAsync(lab, "pi-01"));
    }

    [Fact]
    public async Task Ok_to_stop_allows_one_osd_of_three_but_not_a_second_while_one_is_down_and_none_is_safe_to_destroy()
    {
        // Given
        await using var lab = await HealthyAsync();
        var one = await lab.SshAsync("pi-01", "sudo ceph osd ok-to-stop osd.1");
        var destroyUp = await lab.SshAsync("pi-01", "sudo ceph osd safe-to-destroy osd.1");
        var missing = await lab.SshAsync("pi-01", "sudo ceph osd ok-to-stop 9");

        // When: pi-03 is off, so osd.3 is down
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);
        var second = await lab.SshAsync("pi-01", "sudo ceph osd ok-to-stop 1 --max 1");
        var destroyDown = await lab.SshAsync("pi-01", "sudo ceph osd safe-to-destroy osd.3");
        var destroyJson = await lab.SshAsync("pi-01", "sudo ceph osd safe-to-destroy 1 3 -f json");

        // Then
        Assert.Equal((0, "{\"ok_to_stop\":true,\"osds\":[1],\"num_ok_pgs\":1,\"num_not_ok_pgs\":0,\"ok_become_degraded\":[\"1.0\"]}\n", ""),
            (one.ExitCode, one.StdOut, one.StdErr));
        Assert.Equal((16, "", "Error EBUSY: OSD(s) 1 have 1 pgs currently mapped to them.\n"), (destroyUp.ExitCode, destroyUp.StdOut, destroyUp.StdErr));
        Assert.Equal((2, "Error ENOENT: osd.9 does not exist\n"), (missing.ExitCode, missing.StdErr));
        Assert.Equal((16, "{\"ok_to_stop\":false,\"osds\":[1],\"num_ok_pgs\":0,\"num_not_ok_pgs\":1,\"bad_become_inactive\":[\"1.0\"]}\n",
            "Error EBUSY: unsafe to stop osd(s) at this time (1 PGs are or would become offline)\n"), (second.ExitCode, second.StdOut, second.StdErr));
        Assert.Equal((11, "Error EAGAIN: OSD(s) 3 have no reported stats, and not all PGs are active+clean; we cannot draw any conclusions.\n"),
            (destroyDown.ExitCode, destroyDown.StdErr));
        Assert.Equal((0, "{\"safe_to_destroy\":[],\"active\":[],\"missing_stats\":[3],\"stored_pgs\":[1]}\n"), (destroyJson.ExitCode, destroyJson.StdOut));
    }

    /// <summary>`ceph health` once no OSD is down, asked every half second for up to 15 s.</summary>
    static async Task<string> HealthWhenBackAsync(TestLab lab, string node)
    {
        for (var i = 0; ; i++)
        {
            var health = await lab.SshOkAsync(node, "sudo ceph health");
            if (!health.Contains("osds down", StringComparison.Ordinal) || i == 30)
                return health;

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
    }
}
