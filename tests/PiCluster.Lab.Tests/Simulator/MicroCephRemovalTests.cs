using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microceph disk remove`, `cluster remove`, `enable mon` and the raw `ceph` clean-up commands (day-2 §6.1, §6.2, §6.4, §6.5) over plain ssh.</summary>
public sealed class MicroCephRemovalTests
{
    /// <summary>A MicroCeph cluster of N Pis, each with its SSD as an OSD (osd.N on pi-0N).</summary>
    static async Task<TestLab> WithOsdsAsync(int nodes, params string[] options)
    {
        var lab = await CephSetup.StartAsync(nodes, options);
        try
        {
            var names = Enumerable.Range(1, nodes).Select(ClusterSetup.Name).ToArray();
            await lab.FormCephAsync(names);
            foreach (var name in names)
                await lab.SshOkAsync(name, $"sudo microceph disk add {CephSetup.SsdPath(name)}");
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    static async Task<JsonDocument> JsonAsync(TestLab lab, string node, string command) =>
        JsonDocument.Parse(await lab.SshOkAsync(node, command));

    static IEnumerable<string> MonNames(JsonDocument dump) =>
        dump.RootElement.GetProperty("mons").EnumerateArray().Select(m => m.GetProperty("name").GetString()!);

    [Fact]
    public async Task Disk_remove_on_three_osds_asks_to_confirm_the_downgrade_then_refuses_to_go_below_three_and_needs_the_osds_host()
    {
        await using var lab = await WithOsdsAsync(3);

        var path = await lab.MicroCephAsync("pi-01", "disk remove /dev/sdb");
        var unknown = await lab.MicroCephAsync("pi-01", "disk remove 7");
        var downgrade = await lab.MicroCephAsync("pi-01", "disk remove osd.3");
        var minimum = await lab.MicroCephAsync("pi-01", "disk remove 3 --confirm-failure-domain-downgrade");
        var exclusive = await lab.MicroCephAsync("pi-01", "disk remove 3 --confirm-failure-domain-downgrade --prohibit-crush-scaledown");
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);
        var hostDown = await lab.MicroCephAsync("pi-01", "disk remove 3 --timeout 60 --confirm-failure-domain-downgrade --bypass-safety-checks");

        Assert.Equal((1, "", "Error: error: osd input must be either in the form $id or osd.$id, got /dev/sdb\n"), (path.ExitCode, path.StdOut, path.StdErr));
        Assert.Equal((1, "Removing osd.7, timeout 1800s\n", "Error: failed to find location for osd.7\n"), (unknown.ExitCode, unknown.StdOut, unknown.StdErr));
        Assert.Equal((1, "Removing osd.3, timeout 1800s\n", "Error: failed to remove disk: removing osd.3 would require a downgrade of the automatic crush rule from 'host' to 'osd' level. "
            + "Likely this will result in additional data movement. Please confirm by setting the '--confirm-failure-domain-downgrade' flag to true\n"),
            (downgrade.ExitCode, downgrade.StdOut, downgrade.StdErr));
        Assert.Equal((1, "Error: failed to remove disk: cannot remove osd.3 we need at least 3 OSDs, have 3\n"), (minimum.ExitCode, minimum.StdErr));
        Assert.Equal((1, "", "Error: bad Request, --confirm-failure-domain-downgrade and --prohibit-crush-scaledown flags are exclusive to each other\n"),
            (exclusive.ExitCode, exclusive.StdOut, exclusive.StdErr));
        var ip = lab.Address("pi-03");
        Assert.Equal((1, "Removing osd.3, timeout 60s\n", $"Error: failed to remove disk: DELETE \"https://{ip}:7443/1.0/disks/3?target=pi-03\": dial tcp {ip}:7443: connect: no route to host\n"),
            (hostDown.ExitCode, hostDown.StdOut, hostDown.StdErr));
    }

    [Fact]
    public async Task Disk_remove_on_four_osds_waits_while_the_pgs_backfill_then_purges_the_osd()
    {
        await using var lab = await WithOsdsAsync(4, "--rebalance-ms", "5000");

        var removing = lab.MicroCephAsync("pi-01", "disk remove osd.4");
        var backfilling = false;
        for (var i = 0; i < 40 && !backfilling; i++)
        {
            backfilling = (await lab.SshOkAsync("pi-02", "sudo ceph -s -f json")).Contains("\"active+undersized+degraded+remapped+backfilling\"");
            if (!backfilling)
                await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        using var during = await JsonAsync(lab, "pi-02", "sudo ceph -s -f json");
        var busy = await lab.SshAsync("pi-02", "sudo ceph osd safe-to-destroy osd.4");
        var removed = await removing;
        using var after = await JsonAsync(lab, "pi-02", "sudo ceph -s -f json");
        var gone = await lab.SshAsync("pi-02", "sudo ceph osd safe-to-destroy osd.4");
        using var disks = await JsonAsync(lab, "pi-02", "sudo microceph disk list --json");
        var lsblk = await lab.SshOkAsync("pi-04", "lsblk -J -o NAME,FSTYPE /dev/sda");

        Assert.True(backfilling, "ceph -s never showed the PGs backfilling");
        Assert.Equal("HEALTH_WARN", during.RootElement.GetProperty("health").GetProperty("status").GetString());
        Assert.True(during.RootElement.GetProperty("health").GetProperty("checks").TryGetProperty("PG_DEGRADED", out _));
        Assert.Equal(3, during.RootElement.GetProperty("osdmap").GetProperty("num_in_osds").GetInt32());
        Assert.Equal((16, "Error EBUSY: OSD(s) 4 have 1 pgs currently mapped to them.\n"), (busy.ExitCode, busy.StdErr));
        Assert.Equal((0, "Removing osd.4, timeout 1800s\n", ""), (removed.ExitCode, removed.StdOut, removed.StdErr));
        Assert.Equal("HEALTH_OK", after.RootElement.GetProperty("health").GetProperty("status").GetString());
        Assert.Equal((3, 3, 3), (after.RootElement.GetProperty("osdmap").GetProperty("num_osds").GetInt32(),
            after.RootElement.GetProperty("osdmap").GetProperty("num_up_osds").GetInt32(), after.RootElement.GetProperty("osdmap").GetProperty("num_in_osds").GetInt32()));
        Assert.Equal((2, "Error ENOENT: osd.4 does not exist\n"), (gone.ExitCode, gone.StdErr));
        Assert.Equal([1, 2, 3], disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().Select(d => d.GetProperty("osd").GetInt32()));
        Assert.DoesNotContain("ceph_bluestore", lsblk);
    }

    [Fact]
    public async Task Cluster_remove_refuses_a_member_with_disks_or_the_third_mon_and_resets_the_member_it_removes()
    {
        // Given: four members; pi-01..03 hold mon, mgr and mds, pi-04 nothing; one OSD on pi-03
        await using var lab = await CephSetup.StartAsync(4);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03", "pi-04");
        await lab.SshOkAsync("pi-03", $"sudo microceph disk add {CephSetup.SsdPath("pi-03")}");

        var unknown = await lab.MicroCephAsync("pi-01", "cluster remove pi-09");
        var disks = await lab.MicroCephAsync("pi-01", "cluster remove pi-03");
        await lab.SshOkAsync("pi-01", "sudo microceph disk remove 1 --bypass-safety-checks");
        var mons = await lab.MicroCephAsync("pi-01", "cluster remove pi-03");
        var enable = await lab.MicroCephAsync("pi-01", "enable mon --target pi-04");
        var again = await lab.MicroCephAsync("pi-01", "enable mon --target pi-04 --wait=true");
        using var four = await JsonAsync(lab, "pi-01", "sudo ceph mon dump -f json");
        var removed = await lab.MicroCephAsync("pi-01", "cluster remove pi-03");
        using var three = await JsonAsync(lab, "pi-01", "sudo ceph mon dump -f json");
        var list = await lab.SshOkAsync("pi-01", "sudo microceph cluster list");
        var resetList = await lab.MicroCephAsync("pi-03", "cluster list");
        var bootstrap = await lab.MicroCephAsync("pi-03", "cluster bootstrap");

        Assert.Equal((1, "Error: No remote exists with the given name \"pi-09\"\n"), (unknown.ExitCode, unknown.StdErr));
        const string Hook = "Error: Failed to execute pre-remove hook on cluster member \"pi-03\": ";
        Assert.Equal((1, Hook + "Node pi-03 still has disks configured, remove before proceeding\n"), (disks.ExitCode, disks.StdErr));
        Assert.Equal((1, Hook + "Insufficient non OSD services: need at least 3 mon, 1 mds, and 1 mgr services in the cluster besides those in node 'pi-03'\n"),
            (mons.ExitCode, mons.StdErr));
        Assert.Equal((0, "", ""), (enable.ExitCode, enable.StdOut, enable.StdErr));
        Assert.Equal((1, "Error: failed placing service mon: mon service already active on host\n"), (again.ExitCode, again.StdErr));
        Assert.Equal(["pi-01", "pi-02", "pi-03", "pi-04"], MonNames(four));
        Assert.Equal((0, "", ""), (removed.ExitCode, removed.StdOut, removed.StdErr));
        Assert.Equal(["pi-01", "pi-02", "pi-04"], MonNames(three));
        Assert.Equal([0, 1, 2], three.RootElement.GetProperty("quorum").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(four.RootElement.GetProperty("epoch").GetInt32() + 1, three.RootElement.GetProperty("epoch").GetInt32());
        var mon = three.RootElement.GetProperty("mons")[2];
        var ip = lab.Address("pi-04");
        Assert.Equal((2, $"{ip}:6789/0", $"{ip}:6789/0", "{}"), (mon.GetProperty("rank").GetInt32(), mon.GetProperty("addr").GetString(),
            mon.GetProperty("public_addr").GetString(), mon.GetProperty("crush_location").GetString()));
        Assert.Equal([("v2", $"{ip}:3300", 0), ("v1", $"{ip}:6789", 0)], mon.GetProperty("public_addrs").GetProperty("addrvec").EnumerateArray()
            .Select(a => (a.GetProperty("type").GetString(), a.GetProperty("addr").GetString(), a.GetProperty("nonce").GetInt32())));
        Assert.DoesNotContain("pi-03", list);
        Assert.Equal((1, "Error: Database is not yet initialized\n"), (resetList.ExitCode, resetList.StdErr));
        Assert.Equal(0, bootstrap.ExitCode);
    }

    [Fact]
    public async Task Cluster_remove_force_drops_a_dead_member_but_leaves_its_mon_and_osd_until_mon_rm_and_osd_purge()
    {
        // Given: four members with an OSD each; pi-03 (a mon) is powered off
        await using var lab = await WithOsdsAsync(4);
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);
        var ip = lab.Address("pi-03");

        var refused = await lab.MicroCephAsync("pi-01", "cluster remove pi-03");
        var forced = await lab.MicroCephAsync("pi-01", "cluster remove pi-03 --force");
        using var dump = await JsonAsync(lab, "pi-01", "sudo ceph mon dump -f json");
        using var status = await JsonAsync(lab, "pi-01", "sudo ceph -s -f json");
        using var osds = await JsonAsync(lab, "pi-01", "sudo ceph osd dump -f json");
        using var disks = await JsonAsync(lab, "pi-01", "sudo microceph disk list --json");
        var unsure = await lab.SshAsync("pi-01", "sudo ceph osd purge 3");
        var purge = await lab.SshAsync("pi-01", "sudo ceph osd purge osd.3 --yes-i-really-mean-it");
        var rm = await lab.SshAsync("pi-01", "sudo ceph mon rm pi-03");
        var health = await lab.SshOkAsync("pi-01", "sudo ceph health");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("Error: Failed to execute pre-remove hook on cluster member \"pi-03\": ", refused.StdErr);
        Assert.Equal((0, "", ""), (forced.ExitCode, forced.StdOut, forced.StdErr));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], MonNames(dump));
        Assert.Equal([0, 1], dump.RootElement.GetProperty("quorum").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(["pi-01", "pi-02"], status.RootElement.GetProperty("quorum_names").EnumerateArray().Select(n => n.GetString()!));
        Assert.Equal("1/3 mons down, quorum pi-01,pi-02",
            status.RootElement.GetProperty("health").GetProperty("checks").GetProperty("MON_DOWN").GetProperty("summary").GetProperty("message").GetString());
        var osd3 = osds.RootElement.GetProperty("osds").EnumerateArray().Single(o => o.GetProperty("osd").GetInt32() == 3);
        Assert.Equal(0, osd3.GetProperty("up").GetInt32());
        Assert.Equal([1, 2, 4], disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().Select(d => d.GetProperty("osd").GetInt32()));
        Assert.Equal(1, unsure.ExitCode);
        Assert.StartsWith("Error EPERM: Are you SURE?", unsure.StdErr);
        Assert.Equal((0, "", "purged osd.3\n"), (purge.ExitCode, purge.StdOut, purge.StdErr));
        Assert.Equal((0, "", $"removing mon.pi-03 at [v2:{ip}:3300/0,v1:{ip}:6789/0], there will be 2 monitors\n"), (rm.ExitCode, rm.StdOut, rm.StdErr));
        Assert.Equal("HEALTH_OK\n", health);
    }
}
