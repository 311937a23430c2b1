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
    public async Task Disks_have_by_id_links_and_a_partition_table_when_asked()
    {
        await using var lab = await TestLab.StartAsync(1, "--disk", "pi-01:usb-CT250MX500SSD1:250G:partitioned", "--disk", "pi-01:nvme-Samsung_SSD_980_1TB:1T");

        var byId = await lab.SshOkAsync("pi-01", "cd /dev/disk/by-id && for l in *; do echo \"$l -> $(readlink $l)\"; done");
        var resolved = await lab.SshOkAsync("pi-01", "for f in /dev/disk/by-id/usb-*; do [ -e \"$f\" ] && echo \"$f $(readlink -f \"$f\")\"; done");
        var bytes = await lab.SshOkAsync("pi-01", "lsblk -J -b -d -o NAME,SIZE,TYPE /dev/disk/by-id/usb-CT250MX500SSD1-0:0");
        var table = await lab.SshOkAsync("pi-01", "lsblk");

        Assert.Equal(
            "mmc-SD32G_0x5eed0001 -> ../../mmcblk0\nmmc-SD32G_0x5eed0001-part1 -> ../../mmcblk0p1\nmmc-SD32G_0x5eed0001-part2 -> ../../mmcblk0p2\n"
            + "nvme-Samsung_SSD_980_1TB -> ../../nvme0n1\nusb-CT250MX500SSD1-0:0 -> ../../sda\nusb-CT250MX500SSD1-0:0-part1 -> ../../sda1\n",
            byId);
        Assert.Equal("/dev/disk/by-id/usb-CT250MX500SSD1-0:0 /dev/sda\n/dev/disk/by-id/usb-CT250MX500SSD1-0:0-part1 /dev/sda1\n", resolved);
        Assert.Equal("{\n   \"blockdevices\": [\n      {\n         \"name\": \"sda\",\n         \"size\": 250000000000,\n         \"type\": \"disk\"\n      }\n   ]\n}\n", bytes);
        Assert.StartsWith("NAME        MAJ:MIN RM   SIZE RO TYPE MOUNTPOINTS\n", table);
        Assert.Matches(@"\n└─sda1 +8:1 +0 +232\.8G +0 part\n", table);
        Assert.Matches(@"\n├─mmcblk0p1 +179:1 +0 +512M +0 part /boot/firmware\n└─mmcblk0p2 +179:2 +0 +29\.2G +0 part /\n", table);
        Assert.Matches(@"\nnvme0n1 +259:0 +0 +931\.3G +0 disk\n", table);
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
