namespace PiCluster.Lab.Tests.Simulator;

/// <summary>Disks plugged in with `lab up --disk`, seen as on a Pi (pi-ubuntu-facts §5): lsblk -J and /dev/disk/by-id.</summary>
public sealed class SimulatedDiskTests
{
    [Fact]
    public async Task An_sd_booted_pi_with_an_empty_usb_ssd_shows_the_reference_lsblk_output()
    {
        await using var lab = await TestLab.StartAsync(1, "--disk", "pi-01:usb-CT250MX500SSD1:250G");

        var lsblk = await lab.SshOkAsync("pi-01", "lsblk -J -o NAME,MODEL,SIZE,TRAN,TYPE,MOUNTPOINTS,FSTYPE");

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Simulator", "lsblk-sd-boot-usb-ssd.json")), lsblk);
    }

    [Fact]
    public async Task Disks_have_every_by_id_link_they_are_given_and_a_partition_table_when_asked()
    {
        await using var lab = await TestLab.StartAsync(1,
            "--disk", "pi-01:usb-CT250MX500SSD1,wwn-0x500a0751e5a1b2c3:250G:partitioned", "--disk", "pi-01:nvme-Samsung_SSD_980_1TB,nvme-eui.002538b111b2c3d4:1T");

        var byId = await lab.SshOkAsync("pi-01", "export LC_ALL=C; cd /dev/disk/by-id && for l in *; do echo \"$l -> $(readlink $l)\"; done");
        var resolved = await lab.SshOkAsync("pi-01", "export LC_ALL=C; for f in /dev/disk/by-id/usb-* /dev/disk/by-id/wwn-*; do [ -e \"$f\" ] && echo \"$f $(readlink -f \"$f\")\"; done");
        var bytes = await lab.SshOkAsync("pi-01", "lsblk -J -b -d -o NAME,SIZE,TYPE /dev/disk/by-id/usb-CT250MX500SSD1-0:0");
        var table = await lab.SshOkAsync("pi-01", "lsblk");

        Assert.Equal(
            "mmc-SD32G_0x5eed0001 -> ../../mmcblk0\nmmc-SD32G_0x5eed0001-part1 -> ../../mmcblk0p1\nmmc-SD32G_0x5eed0001-part2 -> ../../mmcblk0p2\n"
            + "nvme-Samsung_SSD_980_1TB -> ../../nvme0n1\nnvme-eui.002538b111b2c3d4 -> ../../nvme0n1\n"
            + "usb-CT250MX500SSD1-0:0 -> ../../sda\nusb-CT250MX500SSD1-0:0-part1 -> ../../sda1\n"
            + "wwn-0x500a0751e5a1b2c3 -> ../../sda\nwwn-0x500a0751e5a1b2c3-part1 -> ../../sda1\n",
            byId);
        Assert.Equal(
            "/dev/disk/by-id/usb-CT250MX500SSD1-0:0 /dev/sda\n/dev/disk/by-id/usb-CT250MX500SSD1-0:0-part1 /dev/sda1\n"
            + "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3 /dev/sda\n/dev/disk/by-id/wwn-0x500a0751e5a1b2c3-part1 /dev/sda1\n",
            resolved);
        Assert.Equal("{\n   \"blockdevices\": [\n      {\n         \"name\": \"sda\",\n         \"size\": 250000000000,\n         \"type\": \"disk\"\n      }\n   ]\n}\n", bytes);
        Assert.StartsWith("NAME        MAJ:MIN RM   SIZE RO TYPE MOUNTPOINTS\n", table);
        Assert.Matches(@"\n└─sda1 +8:1 +0 +232\.8G +0 part\n", table);
        Assert.Matches(@"\n├─mmcblk0p1 +179:1 +0 +512M +0 part /boot/firmware\n└─mmcblk0p2 +179:2 +0 +29\.2G +0 part /\n", table);
        Assert.Matches(@"\nnvme0n1 +259:0 +0 +931\.3G +0 disk\n", table);
    }

    [Fact]
    public async Task A_usb_disk_gets_a_wwn_link_and_an_nvme_disk_an_eui_link_unless_told_none()
    {
        await using var lab = await TestLab.StartAsync(1,
            "--disk", "pi-01:usb-CT250MX500SSD1:250G", "--disk", "pi-01:nvme-Samsung_SSD_980_1TB:1T", "--disk", "pi-01:usb-Kingston_DataTraveler_3.0,none:64G");

        var byId = await lab.SshOkAsync("pi-01", "export LC_ALL=C; cd /dev/disk/by-id && for l in *; do echo \"$l -> $(readlink -f $l)\"; done");

        Assert.Matches(
            @"^mmc-SD32G_0x5eed0001 -> /dev/mmcblk0\nmmc-SD32G_0x5eed0001-part1 -> /dev/mmcblk0p1\nmmc-SD32G_0x5eed0001-part2 -> /dev/mmcblk0p2\n"
            + @"nvme-Samsung_SSD_980_1TB -> /dev/nvme0n1\nnvme-eui\.[0-9a-f]{16} -> /dev/nvme0n1\n"
            + @"usb-CT250MX500SSD1-0:0 -> /dev/sda\nusb-Kingston_DataTraveler_3\.0-0:0 -> /dev/sdb\nwwn-0x5[0-9a-f]{15} -> /dev/sda\n$",
            byId);
    }

    [Fact]
    public async Task A_disk_for_a_node_the_lab_will_not_have_is_refused_before_anything_starts()
    {
        var dir = Path.Combine(Path.GetTempPath(), "picluster-test-" + Guid.NewGuid().ToString("N")[..10]);

        var up = await ProcessResult.RunAsync(Repo.Launcher, ["lab", "up", "--nodes", "2", "--disk", "pi-03:usb-CT250MX500SSD1:250G", "--dir", dir]);

        Assert.NotEqual(0, up.ExitCode);
        Assert.Contains("--disk pi-03:usb-CT250MX500SSD1: the lab has no node pi-03 (with --nodes 2: pi-01..pi-02)", up.StdErr);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task A_pi_booted_from_its_usb_ssd_has_no_sd_card()
    {
        await using var lab = await TestLab.StartAsync(1, "--disk", "pi-01:usb-CT250MX500SSD1:250G:boot");

        var lsblk = await lab.SshOkAsync("pi-01", "lsblk -J -o NAME,TRAN,MOUNTPOINTS,FSTYPE");

        Assert.DoesNotContain("mmcblk0", lsblk);
        Assert.Contains("\"name\": \"sda1\",\n               \"tran\": null,\n               \"mountpoints\": [\n                   \"/boot/firmware\"\n               ],\n               \"fstype\": \"vfat\"", lsblk);
    }
}
