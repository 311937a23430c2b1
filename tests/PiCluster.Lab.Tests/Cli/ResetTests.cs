namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster reset`: the cluster's name typed back, then every Pi leaves and loses MicroK8s; `up` builds a new cluster.</summary>
public sealed class ResetTests
{
    static readonly string[] Everyone = ["pi-01", "pi-02", "pi-03", "pi-04"];

    [Fact]
    public async Task Reset_asks_for_the_clusters_name_takes_microk8s_off_every_pi_and_up_builds_a_new_cluster()
    {
        // Given
        await using var lab = await TestLab.StartAsync(4);
        Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        await File.WriteAllTextAsync(Path.Combine(lab.Dir, "host_vars", "pi-04.yml"), "picluster_role: worker\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02", "pi-03", "pi-04");

        // When the wrong name is typed
        var wrong = await lab.ToolAsync(["reset", "-i", lab.Inventory], stdin: "home\n");

        // Then nothing changes
        Assert.True(wrong.ExitCode == 1, wrong.ToString());
        Assert.Contains("Type the cluster's name (picluster) to go on:", wrong.StdErr, StringComparison.Ordinal);
        Assert.Contains("'home' is not picluster: nothing was changed (--yes resets without asking)", wrong.StdErr, StringComparison.Ordinal);
        Assert.All(Everyone, pi => Assert.All(logs.NewSimCalls(pi), call => Assert.Contains(call, NodeLogs.Queries)));

        // When the name is typed
        var reset = new UpOutput(await lab.ToolAsync(["reset", "-i", lab.Inventory], stdin: "picluster\n"));

        // Then workers leave first, the control planes one at a time, and the first control plane last
        Assert.True(reset.ExitCode == 0, reset.ToString());
        Assert.Equal(["pi-04", "pi-02", "pi-03", "pi-01"], reset.Applied.Where(a => a.Step.StartsWith("snap remove", StringComparison.Ordinal)).Select(a => a.Host));
        foreach (var pi in Everyone)
            Assert.NotEqual(0, (await lab.SshAsync(pi, "snap list microk8s")).ExitCode);

        var again = new UpOutput(await lab.ToolAsync(["reset", "-i", lab.Inventory, "--yes"]));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(again.Applied);

        var up = await lab.UpAsync(lab.Inventory);
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.StartsWith("Cluster: 4 of 4 nodes Ready, 3 control planes, high availability: yes", up.ClusterLine);
    }

    [Fact]
    public async Task Reset_keeps_the_osd_disks_data_unless_destroy_storage_and_up_builds_ceph_again_on_disks_it_may_wipe()
    {
        // Given: three storage Pis
        const string ssd = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";
        string[] pis = ["pi-01", "pi-02", "pi-03"];
        await using var lab = await TestLab.StartAsync(3, [.. pis.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1:250G" })]);
        Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        foreach (var pi in pis)
        {
            await File.WriteAllTextAsync(Path.Combine(lab.Dir, "host_vars", pi + ".yml"), $"microceph_disks: [\"{ssd}\"]\nmicroceph_wipe: [\"{ssd}\"]\n",
                TestContext.Current.CancellationToken);
        }
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);

        // When
        var reset = await lab.ToolAsync(["reset", "-i", lab.Inventory, "--yes"]);
        var kept = await lab.SshOkAsync("pi-01", "lsblk -J -o NAME,FSTYPE /dev/sda");
        var up = await lab.UpAsync(lab.Inventory);
        var destroyed = await lab.ToolAsync(["reset", "-i", lab.Inventory, "--yes", "--destroy-storage"]);

        // Then
        Assert.True(reset.ExitCode == 0, reset.ToString());
        Assert.Contains("\"fstype\": \"ceph_bluestore\"", kept, StringComparison.Ordinal);
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.StartsWith("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK", up.Result.StdOut.Split('\n').Single(l => l.StartsWith("Ceph: ", StringComparison.Ordinal)));
        Assert.True(destroyed.ExitCode == 0, destroyed.ToString());
        Assert.Contains("with Ceph's safety checks bypassed (--destroy-storage: its data is destroyed)", destroyed.StdOut, StringComparison.Ordinal);
        foreach (var pi in pis)
        {
            Assert.DoesNotContain("ceph_bluestore", await lab.SshOkAsync(pi, "lsblk -J -o NAME,FSTYPE /dev/sda"), StringComparison.Ordinal);
            Assert.NotEqual(0, (await lab.SshAsync(pi, "snap list microceph")).ExitCode);
        }
    }
}
