using System.Text.Json;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster up` with MicroCeph on the Pis' SSDs: Ceph formed, disks added only when safe, MicroK8s wired to it.</summary>
public sealed class UpStorageTests
{
    const string Ssd = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";
    const string Used = "/dev/disk/by-id/usb-Samsung_SSD_870_EVO_250GB-0:0";
    static readonly string[] Three = ["pi-01", "pi-02", "pi-03"];
    static readonly string[] Four = ["pi-01", "pi-02", "pi-03", "pi-04"];
    static readonly string[] TwoUp = ["pi-01", "pi-02"];

    /// <summary>The SSD of pi-0N is also /dev/disk/by-id/wwn-0x500a0751e5a1b20N, the name MicroCeph records: it sorts after usb-.</summary>
    static string Wwn(string pi) => $"/dev/disk/by-id/wwn-0x500a0751e5a1b2{pi[^2..]}";

    static Task<TestLab> StorageLabAsync(params string[] options) =>
        TestLab.StartAsync(3, [.. Three.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1,{Wwn(pi)["/dev/disk/by-id/".Length..]}:250G" }), .. options]);

    static void HostVars(TestLab lab, string pi, string yaml)
    {
        var folder = Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        File.WriteAllText(Path.Combine(folder.FullName, pi + ".yml"), yaml);
    }

    static void EachWithSsd(TestLab lab, bool wipe = false)
    {
        foreach (var pi in Three) HostVars(lab, pi, $"microceph_disks: [\"{Ssd}\"]\n" + (wipe ? $"microceph_wipe: [\"{Ssd}\"]\n" : ""));
    }

    static async Task<string[]> RecordedPathsAsync(TestLab lab)
    {
        using var disks = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo microceph disk list --json"));
        return [.. disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().OrderBy(d => d.GetProperty("location").GetString()).Select(d => d.GetProperty("path").GetString()!)];
    }

    [Fact]
    public async Task Three_pis_on_the_default_microceph_build_whose_ssds_have_usb_and_wwn_names_make_ceph_and_a_rerun_changes_nothing()
    {
        // Given: microceph rev 1228, whose `cluster list` has no -f; each SSD known as usb-… and wwn-…; the inventory names usb-…
        await using var lab = await StorageLabAsync();
        EachWithSsd(lab);

        // When
        var up = await lab.UpAsync(lab.Inventory);
        var recorded = await RecordedPathsAsync(lab);
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02", "pi-03");
        var again = await lab.UpAsync(lab.Inventory);
        var callsOfTheRerun = Three.ToDictionary(pi => pi, logs.NewSimCalls);
        EachWithSsd(lab, wipe: true);
        var withWipe = await lab.UpAsync(lab.Inventory);
        var status = await lab.ToolAsync(["status", "-i", lab.Inventory]);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Matches(@"\nmicroceph +19\.2\.0\+snap9aeaeb2970 +1228 ", await lab.SshOkAsync("pi-02", "snap list microceph"));
        Assert.Contains("pi-01  changed  form the Ceph cluster (microceph cluster bootstrap)", up.Result.StdOut);
        Assert.Contains("pi-03  changed  join the Ceph cluster via pi-01", up.Result.StdOut);
        Assert.Contains($"pi-02  changed  add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD", up.Result.StdOut);
        Assert.Contains("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", up.Result.StdOut);
        Assert.Equal(Three.Select(Wwn), recorded);
        using (var health = JsonDocument.Parse(await lab.SshOkAsync("pi-02", "sudo microceph.ceph -s -f json")))
            Assert.Equal("HEALTH_OK", health.RootElement.GetProperty("health").GetProperty("status").GetString());
        Assert.Contains("ceph-rbd", await lab.SshOkAsync("pi-03", "sudo microk8s kubectl get storageclass ceph-rbd -o name"));

        foreach (var rerun in new[] { again, withWipe })
        {
            Assert.True(rerun.ExitCode == 0, rerun.ToString());
            Assert.Empty(rerun.Planned);
            Assert.Contains("Nothing to change: every reachable host is as the inventory says.", rerun.Result.StdOut);
            Assert.Equal(Three, rerun.Recap.Keys.Order());
            Assert.All(rerun.Recap.Values, row => Assert.Equal(0, row.Changed));
            Assert.Contains("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", rerun.Result.StdOut);
        }
        foreach (var pi in Three)
            Assert.Contains("microceph disk list --json", callsOfTheRerun[pi]);
        foreach (var pi in Three)
            Assert.All(callsOfTheRerun[pi], call => Assert.Matches(@"^(snap list|lsblk -J -o NAME,MODEL,SIZE,TYPE,MOUNTPOINTS,FSTYPE|microk8s (status --format short|kubectl get (nodes|storageclass) -o (json|name))|microceph (cluster list|disk list --json)|ceph (-s|mon dump|osd dump) -f json)$", call));
        Assert.Equal(Three.Select(Wwn), await RecordedPathsAsync(lab));
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", status.StdOut);
    }

    [Fact]
    public async Task Three_pis_on_a_microceph_build_with_cluster_list_f_json_make_ceph_and_a_rerun_changes_nothing()
    {
        // Given: the store serves squid rev 1895, whose `cluster list` takes -f json
        await using var lab = await StorageLabAsync("--microceph-revision", "1895");
        EachWithSsd(lab);

        // When
        var up = await lab.UpAsync(lab.Inventory);
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Matches(@"\nmicroceph +19\.2\.3\+snap897bcdd902 +1895 ", await lab.SshOkAsync("pi-03", "snap list microceph"));
        Assert.Contains("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", up.Result.StdOut);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(again.Planned);
        Assert.Contains("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", again.Result.StdOut);
        Assert.Equal(Three.Select(Wwn), await RecordedPathsAsync(lab));
    }

    [Fact]
    public async Task A_disk_with_partitions_is_left_alone_until_the_inventory_says_wipe_and_the_boot_disk_never_joins()
    {
        // Given: a formed storage cluster, and a fourth Pi whose SSD was used before
        await using var lab = await StorageLabAsync();
        EachWithSsd(lab);
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        await lab.LabAsync("up", "--nodes", "4", "--disk", "pi-04:usb-Samsung_SSD_870_EVO_250GB:250G:partitioned");
        var card = (await lab.SshOkAsync("pi-04", "ls /dev/disk/by-id | grep '^mmc-' | grep -v part")).Trim();
        HostVars(lab, "pi-04", $"picluster_role: worker\nmicroceph_disks: [\"{Used}\", \"/dev/disk/by-id/{card}\"]\n");

        // When
        var refused = await lab.UpAsync(lab.Inventory);
        var partitionsAfterRefusal = await lab.SshOkAsync("pi-04", "lsblk -n -o NAME " + Used);
        HostVars(lab, "pi-04", $"picluster_role: worker\nmicroceph_disks: [\"{Used}\"]\nmicroceph_wipe: [\"{Used}\"]\n");
        var plan = await lab.PlanAsync(lab.Inventory);
        var wiped = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains($"pi-04: {Used} (Samsung SSD 870 EVO 250GB, 232.9G) holds sda1 (ext4); it is left alone: to use it for Ceph and lose what is on it, list it under microceph_wipe", refused.Messages("pi-04"));
        Assert.Contains($"pi-04: /dev/disk/by-id/{card} (29.7G) is the disk pi-04 runs from (mounted at /boot/firmware, /); it is never used for Ceph, whatever the inventory says", refused.Messages("pi-04"));
        Assert.Contains("sda1", partitionsAfterRefusal);
        Assert.Contains("Ceph: 4 of 4 members ONLINE, 3 OSDs", refused.Result.StdOut);

        Assert.Contains($"  - pi-04: add {Used} (Samsung SSD 870 EVO 250GB, 232.9G) as a Ceph OSD, which WIPES sda1 (ext4)", plan.Result.StdOut);
        Assert.True(wiped.ExitCode == 0, wiped.ToString());
        Assert.Equal([0, 0, 0, 1], Four.Select(pi => wiped.Recap[pi].Changed));
        Assert.Contains("Ceph: 4 of 4 members ONLINE, 4 OSDs (4 up, 4 in), HEALTH_OK, StorageClass ceph-rbd present", wiped.Result.StdOut);
        Assert.DoesNotContain("sda1", await lab.SshOkAsync("pi-04", "lsblk -n -o NAME " + Used));
    }

    [Fact]
    public async Task A_storage_pi_that_is_down_is_reported_and_the_others_are_left_fine()
    {
        // Given
        await using var lab = await StorageLabAsync();
        EachWithSsd(lab);
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        await lab.LabAsync("stop-node", "pi-03");

        // When
        var up = await lab.UpAsync(lab.Inventory);
        var status = await lab.ToolAsync(["status", "-i", lab.Inventory]);

        // Then
        Assert.True(up.ExitCode == 2, up.ToString());
        Assert.Equal(1, up.Recap["pi-03"].Unreachable);
        Assert.Equal([0, 0], TwoUp.Select(pi => up.Recap[pi].Changed));
        Assert.Matches(@"Ceph: 2 of 3 members ONLINE, 3 OSDs \(2 up, 3 in\), HEALTH_WARN \(.+\), StorageClass ceph-rbd present", up.Result.StdOut);
        Assert.Equal(2, status.ExitCode);
        Assert.Contains("pi-03 does not answer", status.StdOut);
        Assert.Contains("Ceph reports HEALTH_WARN", status.StdOut);
    }
}
