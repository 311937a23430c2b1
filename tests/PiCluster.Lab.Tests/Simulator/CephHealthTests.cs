using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>Ceph health (reference §3.8, §3.9): HEALTH_WARN until three OSDs exist, HEALTH_OK with one on each of three Pis.</summary>
public sealed class CephHealthTests
{
    /// <summary>`.health.status` of `ceph -s -f json`, then the names of the raised checks.</summary>
    static async Task<string> HealthAsync(TestLab lab, string node)
    {
        using var status = JsonDocument.Parse(await lab.SshOkAsync(node, "sudo microceph.ceph -s -f json"));
        var health = status.RootElement.GetProperty("health");
        return string.Join(' ', health.GetProperty("checks").EnumerateObject().Select(c => c.Name).Prepend(health.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Health_warns_until_three_osds_on_three_hosts_and_then_is_ok()
    {
        await using var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        var fresh = await HealthAsync(lab, "pi-01");
        var freshText = await lab.SshOkAsync("pi-02", "sudo ceph -s");

        await lab.SshOkAsync("pi-01", $"sudo microceph disk add {CephSetup.SsdPath("pi-01")}");
        await lab.SshOkAsync("pi-02", $"sudo microceph disk add {CephSetup.SsdPath("pi-02")}");
        var two = await HealthAsync(lab, "pi-03");
        await lab.SshOkAsync("pi-03", $"sudo microceph disk add {CephSetup.SsdPath("pi-03")}");
        var three = await HealthAsync(lab, "pi-03");
        var text = await lab.SshOkAsync("pi-01", "sudo ceph -s");
        var summary = await lab.SshOkAsync("pi-01", "sudo microceph status");

        Assert.Equal("HEALTH_WARN TOO_FEW_OSDS", fresh);
        Assert.Contains("    health: HEALTH_WARN\n            OSD count 0 < osd_pool_default_size 3\n", freshText);
        Assert.Equal("HEALTH_WARN TOO_FEW_OSDS", two);
        Assert.Equal("HEALTH_OK", three);
        Assert.Contains("    health: HEALTH_OK\n\n  services:\n    mon: 3 daemons, quorum pi-01,pi-02,pi-03 (age ", text);
        Assert.Contains("    mgr: pi-01(active, since ", text);
        Assert.Matches(@"\n    osd: 3 osds: 3 up \(since \d+s\), 3 in \(since \d+s\)\n", text);
        Assert.Equal(
            $"MicroCeph deployment summary:\n- pi-01 ({lab.Address("pi-01")})\n  Services: mds, mgr, mon, osd\n  Disks: 1\n"
            + $"- pi-02 ({lab.Address("pi-02")})\n  Services: mds, mgr, mon, osd\n  Disks: 1\n"
            + $"- pi-03 ({lab.Address("pi-03")})\n  Services: mds, mgr, mon, osd\n  Disks: 1\n",
            summary);
    }

    [Fact]
    public async Task A_stopped_pi_takes_its_osd_and_mon_down_and_health_warns()
    {
        await using var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        foreach (var node in new[] { "pi-01", "pi-02", "pi-03" })
            await lab.SshOkAsync(node, $"sudo microceph disk add {CephSetup.SsdPath(node)}");

        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);
        var health = await HealthAsync(lab, "pi-01");
        var text = await lab.SshOkAsync("pi-01", "sudo ceph health");

        Assert.Equal("HEALTH_WARN MON_DOWN OSD_DOWN OSD_HOST_DOWN PG_DEGRADED", health);
        Assert.Equal("HEALTH_WARN 1/3 mons down, quorum pi-01,pi-02; 1 osds down; 1 host (1 osds) down; Degraded data redundancy: 1 pg degraded\n", text);
    }

    [Fact]
    public async Task A_single_pi_with_three_loop_osds_is_healthy()
    {
        await using var lab = await CephSetup.StartAsync(1);
        await lab.FormCephAsync("pi-01");

        await lab.SshOkAsync("pi-01", "sudo microceph disk add loop,4G,3");

        Assert.Equal("HEALTH_OK", await HealthAsync(lab, "pi-01"));
    }
}
