namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`lab reflash-node`: a fresh SD card at the same address, while the clusters keep their records of the Pi.</summary>
public sealed class ReflashNodeTests
{
    /// <summary>The lab's known_hosts still holds the old key, as a laptop's would: these options take the new one.</summary>
    static readonly string[] NewKey = ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null"];

    [Fact]
    public async Task A_reflashed_pi_is_fresh_while_the_others_still_list_it_and_its_disk_keeps_its_osd_unless_wiped()
    {
        // Given: three MicroCeph members with an OSD each, on Pis with microceph and microk8s
        await using var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        foreach (var node in new[] { "pi-01", "pi-02", "pi-03" })
            await lab.SshOkAsync(node, $"sudo microceph disk add {CephSetup.SsdPath(node)}");
        await lab.SshOkAsync("pi-03", $"echo 'dtparam=x' | sudo tee -a /boot/firmware/cmdline.txt && {ClusterSetup.Install}");
        var keyBefore = File.ReadAllText(Path.Combine(lab.Dir, "nodes", "pi-03", "ssh_host_ed25519_key.pub"));

        var reflash = await lab.PiClusterAsync(["lab", "reflash-node", "pi-03"]);
        var fresh = await lab.SshAsync("pi-03", "hostname; snap list; cat /boot/firmware/cmdline.txt; lsblk -J -o NAME,FSTYPE /dev/sda", null, NewKey);
        var stale = await lab.SshAsync("pi-03", "true");
        var members = await lab.SshOkAsync("pi-01", "sudo microceph cluster list");
        var osds = await lab.SshOkAsync("pi-01", "sudo microceph disk list");
        var wiped = await lab.PiClusterAsync(["lab", "reflash-node", "pi-03", "--wipe-disks"]);
        var blank = await lab.SshAsync("pi-03", "lsblk -J -o NAME,FSTYPE /dev/sda", null, NewKey);

        Assert.Equal((0, "pi-03 reflashed.\n"), (reflash.ExitCode, reflash.StdOut));
        Assert.NotEqual(keyBefore, File.ReadAllText(Path.Combine(lab.Dir, "nodes", "pi-03", "ssh_host_ed25519_key.pub")));
        Assert.Equal(0, fresh.ExitCode);
        Assert.StartsWith("ubuntu\n", fresh.StdOut);
        Assert.DoesNotContain("microceph", fresh.StdOut);
        Assert.DoesNotContain("microk8s", fresh.StdOut);
        Assert.DoesNotContain("dtparam=x", fresh.StdOut);
        Assert.Contains("\"fstype\": \"ceph_bluestore\"", fresh.StdOut);
        Assert.NotEqual(0, stale.ExitCode);
        Assert.Contains("HOST IDENTIFICATION HAS CHANGED", stale.StdErr);
        Assert.Matches(@"\| pi-03 +\| [0-9.]+:7443 +\| voter +\| [0-9a-f]{64} \| UNREACHABLE +\|", members);
        Assert.Matches(@"\| 3 +\| pi-03 +\|", osds);
        Assert.Equal(0, wiped.ExitCode);
        Assert.Equal(0, blank.ExitCode);
        Assert.DoesNotContain("ceph_bluestore", blank.StdOut);
    }
}
