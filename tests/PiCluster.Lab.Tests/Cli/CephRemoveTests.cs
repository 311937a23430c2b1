using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>Storage Pis leaving Ceph through `up`: a fourth one after its data moved, a third only when degrading is allowed, and a
/// Pi whose SD card died, flashed again under its old name, back in both clusters.</summary>
public sealed class CephRemoveTests
{
    const string Ssd = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";

    static async Task<TestLab> StorageLabAsync(int pis, string[] disks, Func<string, string>? vars = null)
    {
        var lab = await TestLab.StartAsync(pis, [.. disks.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1:250G" })]);
        try
        {
            foreach (var pi in disks) await lab.HostVarsAsync(pi, $"microceph_disks: [\"{Ssd}\"]\n{vars?.Invoke(pi)}");
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

    /// <summary>The members of each OSD, from `microceph disk list --json` on <paramref name="via"/>.</summary>
    static async Task<string[]> OsdLocationsAsync(TestLab lab, string via = "pi-01")
    {
        using var json = JsonDocument.Parse(await lab.SshOkAsync(via, "sudo microceph disk list --json"));
        return [.. json.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().Select(d => d.GetProperty("location").GetString()!).Order()];
    }

    static async Task<string[]> MonsAsync(TestLab lab, string via = "pi-01")
    {
        using var json = JsonDocument.Parse(await lab.SshOkAsync(via, "sudo ceph mon dump -f json"));
        return [.. json.RootElement.GetProperty("mons").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).Order()];
    }

    [Fact]
    public async Task A_fourth_storage_pi_leaves_after_its_data_moved_and_a_third_only_once_degrading_is_allowed()
    {
        // Given: three control planes and a worker, an OSD on each; monitors on the first three
        await using var lab = await StorageLabAsync(4, ["pi-01", "pi-02", "pi-03", "pi-04"], pi => pi == "pi-04" ? "picluster_role: worker\n" : "");
        await lab.HostVarsAsync("pi-04", $"microceph_disks: [\"{Ssd}\"]\npicluster_role: worker\npicluster_state: absent\n");
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-04");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then: Ceph first, after its data moved, then Kubernetes
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(
            [
                "changed microceph disk remove osd.4: out, wait until its data has moved to the other OSDs (safe-to-destroy, up to 3600 s), purge",
                "changed microceph cluster remove pi-04 on pi-01",
                "changed cordon and drain (up to 300 s, through pi-01) so its pods move to other nodes",
                "changed microk8s leave (it takes itself out of the cluster's datastore and runs on its own)",
                "changed microk8s remove-node pi-04 on pi-01, then wait until it is gone from the nodes and the datastore",
                "changed snap remove --purge microk8s microceph",
            ],
            up.AppliedSteps("pi-04"));
        Assert.Contains("microceph disk remove osd.4 --timeout 3600", logs.NewSimCalls("pi-04"));
        Assert.Contains("microceph cluster remove pi-04", logs.NewSimCalls("pi-01"));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], await OsdLocationsAsync(lab));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], await MonsAsync(lab));
        Assert.Equal("HEALTH_OK", (await lab.SshOkAsync("pi-01", "sudo ceph health")).Trim());
        Assert.DoesNotContain("pi-04", await lab.SshOkAsync("pi-01", "sudo microceph cluster list"), StringComparison.Ordinal);

        var again = await lab.UpAsync(lab.Inventory);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(again.Recap.Values, row => Assert.Equal(0, row.Changed));

        // And when pi-03, with one of the three OSDs left, is marked absent too
        await lab.HostVarsAsync("pi-03", $"microceph_disks: [\"{Ssd}\"]\npicluster_state: absent\n");
        var refused = await lab.UpAsync(lab.Inventory, "--allow-ha-loss");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal(
            ["pi-03: removing its OSDs leaves 2 OSDs on 2 Pis, and each pool keeps 3 copies on different Pis, so Ceph would be degraded: "
                + "add a disk or a storage Pi first, or go on with --allow-degraded"],
            refused.Messages("pi-03"));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], await OsdLocationsAsync(lab));

        var degraded = await lab.UpAsync(lab.Inventory, "--allow-ha-loss", "--allow-degraded");
        Assert.True(degraded.ExitCode == 0, degraded.ToString());
        Assert.Equal(["pi-01", "pi-02"], await OsdLocationsAsync(lab));
        Assert.Equal(["pi-01", "pi-02"], await MonsAsync(lab));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
    }

    [Fact]
    public async Task A_pi_whose_sd_card_died_flashed_again_under_its_name_is_back_in_both_clusters_with_nothing_stale_left()
    {
        // Given: three storage control planes; pi-03 stops for good and comes back from a new SD card, its SSD as it was
        string[] pis = ["pi-01", "pi-02", "pi-03"];
        await using var lab = await StorageLabAsync(3, pis);
        await lab.LabAsync("stop-node", "pi-03");
        await lab.LabAsync("reflash-node", "pi-03");
        await lab.HostVarsAsync("pi-03", $"microceph_disks: [\"{Ssd}\"]\nmicroceph_wipe: [\"{Ssd}\"]\n");
        var knownHosts = Path.Combine(lab.Dir, "client", "known_hosts");

        // When: the changed host key is refused, removed from known_hosts as the message says, and trusted
        var refused = await lab.UpAsync(lab.Inventory);
        await ProcessResult.RunAsync("ssh-keygen", ["-f", knownHosts, "-R", lab.Address("pi-03")]);
        var up = await lab.UpAsync(lab.Inventory, "--trust-new-hosts");

        // Then
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("HOST KEY CHANGED", refused.Result.StdOut + refused.Result.StdErr, StringComparison.Ordinal);
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains(up.AppliedSteps("pi-03"), s => s.StartsWith("changed remove the stale cluster member", StringComparison.Ordinal));
        Assert.Contains("changed on pi-01: ceph osd purge osd.3, ceph mon rm pi-03 (what pi-03 left in Ceph's maps)", up.AppliedSteps("pi-03"));
        Assert.Contains("changed microceph cluster remove pi-03 --force on pi-01", up.AppliedSteps("pi-03"));
        Assert.Contains("changed join the Ceph cluster via pi-01", up.AppliedSteps("pi-03"));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.Equal(3, (await lab.SshOkAsync("pi-01", "sudo cat /var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml")).Split("Address:").Length - 1);
        Assert.Equal(["pi-01", "pi-02", "pi-03"], await OsdLocationsAsync(lab));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], await MonsAsync(lab));
        Assert.Equal("HEALTH_OK", (await lab.SshOkAsync("pi-01", "sudo ceph health")).Trim());

        var again = await lab.UpAsync(lab.Inventory);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(again.Recap.Values, row => Assert.Equal(0, row.Changed));
    }
}
