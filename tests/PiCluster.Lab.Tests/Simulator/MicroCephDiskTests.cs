using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microceph disk add|list` (reference §3.6, §3.7) on simulated disks: what is refused, what --wipe does.
/// pi-01 has sda (empty SSD), sdb (one partition, also known as wwn-0x500a0751e5a1b2c3) and sdc (a partition mounted at
/// /mnt/data, a USB stick without a wwn- name), besides its SD card.</summary>
public sealed class MicroCephDiskTests
{
    const string Partitioned = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";
    const string PartitionedWwn = "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3";
    const string Mounted = "/dev/disk/by-id/usb-Kingston_DataTraveler_3.0-0:0";

    /// <summary>The lab with MicroCeph bootstrapped on pi-01.</summary>
    static async Task<TestLab> BootstrappedAsync(params string[] disks)
    {
        var lab = await CephSetup.StartAsync(1, [
            "--disk", "pi-01:usb-CT250MX500SSD1,wwn-0x500a0751e5a1b2c3:250G:partitioned", "--disk", "pi-01:usb-Kingston_DataTraveler_3.0,none:64G:mounted", .. disks]);
        try
        {
            await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }


    [Fact]
    public async Task A_disk_with_partitions_is_refused_without_wipe_and_wiped_and_added_with_it()
    {
        await using var lab = await BootstrappedAsync();

        var refused = await lab.MicroCephAsync("pi-01", $"disk add {Partitioned}");
        var partitionsKept = await lab.SshOkAsync("pi-01", "lsblk -J -o NAME /dev/sdb");
        var wiped = await lab.MicroCephAsync("pi-01", $"disk add {Partitioned} --wipe");
        var after = await lab.SshOkAsync("pi-01", "lsblk -J -o NAME,FSTYPE /dev/sdb; ls /dev/disk/by-id; test -e /dev/disk/by-id/usb-CT250MX500SSD1-0:0 && echo resolves");
        var list = await lab.SshOkAsync("pi-01", "sudo microceph disk list --json");
        var readd = await lab.MicroCephAsync("pi-01", $"disk add {Partitioned}");

        Assert.Equal((1, "\n+----------------------------------------+---------+\n|                  PATH                  | STATUS  |\n+----------------------------------------+---------+\n| /dev/disk/by-id/usb-CT250MX500SSD1-0:0 | Failure |\n+----------------------------------------+---------+\n", "Error: data device /dev/sdb has partitions - use --wipe to override\n"),
            (refused.ExitCode, refused.StdOut, refused.StdErr));
        Assert.Contains("\"name\": \"sdb1\"", partitionsKept);
        Assert.Equal((0, "\n+----------------------------------------+---------+\n|                  PATH                  | STATUS  |\n+----------------------------------------+---------+\n| /dev/disk/by-id/usb-CT250MX500SSD1-0:0 | Success |\n+----------------------------------------+---------+\n", ""), (wiped.ExitCode, wiped.StdOut, wiped.StdErr));
        Assert.DoesNotContain("sdb1", after);
        Assert.DoesNotContain("usb-CT250MX500SSD1-0:0-part1", after);
        Assert.Contains("\"fstype\": \"ceph_bluestore\"", after);
        Assert.EndsWith("\nresolves\n", after);
        using var disks = JsonDocument.Parse(list);
        var osd = Assert.Single(disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray());
        Assert.Equal((1, PartitionedWwn, "pi-01"), (osd.GetProperty("osd").GetInt32(), osd.GetProperty("path").GetString()!, osd.GetProperty("location").GetString()!));
        Assert.Equal(1, readd.ExitCode);
        Assert.StartsWith("Error: failed to record disk: ", readd.StdErr);
    }

    [Fact]
    public async Task Mounted_disks_and_the_boot_disk_are_refused_even_with_wipe()
    {
        await using var lab = await BootstrappedAsync();

        var mounted = await lab.MicroCephAsync("pi-01", $"disk add {Mounted} --wipe");
        var boot = await lab.MicroCephAsync("pi-01", "disk add /dev/mmcblk0 --wipe");
        var both = await lab.MicroCephAsync("pi-01", $"disk add /dev/mmcblk0 {Mounted} --wipe");

        Assert.Equal((1, "\n+---------------------------------------------------+---------+\n|                       PATH                        | STATUS  |\n+---------------------------------------------------+---------+\n| /dev/disk/by-id/usb-Kingston_DataTraveler_3.0-0:0 | Failure |\n+---------------------------------------------------+---------+\n", "Error: device /dev/sdc is currently mounted and cannot be used - aborting\n"),
            (mounted.ExitCode, mounted.StdOut, mounted.StdErr));
        Assert.Equal((1, "Error: device /dev/mmcblk0 is currently mounted and cannot be used - aborting\n"), (boot.ExitCode, boot.StdErr));
        Assert.Equal((1, "\n+---------------------------------------------------+---------+\n|                       PATH                        | STATUS  |\n+---------------------------------------------------+---------+\n| /dev/mmcblk0                                      | Failure |\n+---------------------------------------------------+---------+\n| /dev/disk/by-id/usb-Kingston_DataTraveler_3.0-0:0 | Failure |\n+---------------------------------------------------+---------+\n", "Error: failed adding multiple (2) disks, please check logs for details\n"),
            (both.ExitCode, both.StdOut, both.StdErr));
    }

    [Fact]
    public async Task All_available_takes_only_the_empty_disk_and_then_finds_none()
    {
        await using var lab = await BootstrappedAsync();

        var first = await lab.MicroCephAsync("pi-01", "disk add --all-available");
        var second = await lab.MicroCephAsync("pi-01", "disk add --all-available");

        Assert.Equal((0, "\n+----------------------------------------+---------+\n|                  PATH                  | STATUS  |\n+----------------------------------------+---------+\n| /dev/disk/by-id/wwn-0x5002538e40000001 | Success |\n+----------------------------------------+---------+\n"), (first.ExitCode, first.StdOut));
        Assert.Equal((0, "No available disks found on this system.\n"), (second.ExitCode, second.StdOut));
    }

    [Fact]
    public async Task A_loop_spec_adds_that_many_osds_and_must_stand_alone()
    {
        await using var lab = await BootstrappedAsync();

        var loops = await lab.MicroCephAsync("pi-01", "disk add loop,4G,3");
        var mixed = await lab.MicroCephAsync("pi-01", $"disk add loop,4G,3 {CephSetup.SsdPath("pi-01")}");
        var tooBig = await lab.MicroCephAsync("pi-01", "disk add loop,100G,3");
        var relative = await lab.MicroCephAsync("pi-01", "disk add dev/sda");
        var list = await lab.SshOkAsync("pi-01", "sudo microceph disk list");

        Assert.Equal((0, "\n+-----------+---------+\n|   PATH    | STATUS  |\n+-----------+---------+\n| loop,4G,3 | Success |\n+-----------+---------+\n"),
            (loops.ExitCode, loops.StdOut));
        Assert.Equal((1, "", "Error: arg validation failed: loop spec loop,4G,3 is not supported as an argument to batch disk addition, use separately\n"),
            (mixed.ExitCode, mixed.StdOut, mixed.StdErr));
        Assert.Equal((1, "Error: insufficient free space for 3 loopback files of size 102400MB\n"), (tooBig.ExitCode, tooBig.StdErr));
        Assert.Equal((1, "Error: failed to set stable disk path: invalid disk path: dev/sda\n"), (relative.ExitCode, relative.StdErr));
        Assert.StartsWith("Disks configured in MicroCeph:\n", list);
        Assert.Contains("| 3   | pi-01    | /var/snap/microceph/common/data/osd/ceph-3/osd-backing.img |", list);
        Assert.Contains($"\n\nAvailable unpartitioned disks on this system:\n", list);
        Assert.Contains($"| Samsung SSD 870 EVO 250GB S6P01 | 232.83GiB | usb  | {CephSetup.SsdWwnPath("pi-01")} |", list);
    }

    [Fact]
    public async Task Disk_add_records_the_by_id_name_that_sorts_last_and_disk_list_prints_it()
    {
        // Given: an SSD with usb- and wwn- names, a USB stick with only its usb- name, an NVMe with nvme- and nvme-eui. names
        await using var lab = await BootstrappedAsync("--disk", "pi-01:usb-SanDisk_Extreme_4C5300,none:64G", "--disk", "pi-01:nvme-CT1000P3SSD8_2304E6A1B2C3,nvme-eui.6479a7823f000a1b:1T");

        // When: each is added by its usb- or nvme- name, one by its kernel name
        var ssd = await lab.MicroCephAsync("pi-01", $"disk add {CephSetup.SsdPath("pi-01")}");
        var stick = await lab.MicroCephAsync("pi-01", "disk add /dev/disk/by-id/usb-SanDisk_Extreme_4C5300-0:0");
        var nvme = await lab.MicroCephAsync("pi-01", "disk add /dev/nvme0n1");
        var again = await lab.MicroCephAsync("pi-01", $"disk add {CephSetup.SsdWwnPath("pi-01")}");
        var table = await lab.SshOkAsync("pi-01", "sudo microceph disk list");
        var json = await lab.SshOkAsync("pi-01", "sudo microceph disk list --json");

        // Then: the table of `disk add` shows the path as typed; MicroCeph keeps wwn- over usb-, nvme-eui. over nvme-
        Assert.Equal(0, ssd.ExitCode);
        Assert.Contains($"| {CephSetup.SsdPath("pi-01")} | Success |", ssd.StdOut);
        Assert.Equal((0, 0), (stick.ExitCode, nvme.ExitCode));
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("Error: failed to record disk: ", again.StdErr);
        Assert.Equal(
            "Disks configured in MicroCeph:\n"
            + "+-----+----------+------------------------------------------------+\n"
            + "| OSD | LOCATION |                      PATH                      |\n"
            + "+-----+----------+------------------------------------------------+\n"
            + "| 1   | pi-01    | /dev/disk/by-id/wwn-0x5002538e40000001         |\n"
            + "+-----+----------+------------------------------------------------+\n"
            + "| 2   | pi-01    | /dev/disk/by-id/usb-SanDisk_Extreme_4C5300-0:0 |\n"
            + "+-----+----------+------------------------------------------------+\n"
            + "| 3   | pi-01    | /dev/disk/by-id/nvme-eui.6479a7823f000a1b      |\n"
            + "+-----+----------+------------------------------------------------+\n",
            table);
        using var disks = JsonDocument.Parse(json);
        Assert.Equal(
            [CephSetup.SsdWwnPath("pi-01"), "/dev/disk/by-id/usb-SanDisk_Extreme_4C5300-0:0", "/dev/disk/by-id/nvme-eui.6479a7823f000a1b"],
            disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().Select(d => d.GetProperty("path").GetString()!));
    }
}
