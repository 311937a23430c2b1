using PiCluster.Facts;
using PiCluster.Planning;

namespace PiCluster.Tests.Planning;

/// <summary>A disk becomes an OSD only when it is safe: never the boot disk or a mounted one, and data is wiped only when the inventory says so for that disk.</summary>
public sealed class DiskSafetyTests
{
    const string Empty = "/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0";
    const string Partitioned = "/dev/disk/by-id/usb-ASMT_2115_000000000024-0:0";
    const string Mounted = "/dev/disk/by-id/usb-SanDisk_Extreme_4C530001-0:0";
    const string Card = "/dev/disk/by-id/mmc-SD32G_0xda0aa352";

    static readonly IReadOnlyList<BlockDevice> Devices = Lsblk.Parse(File.ReadAllText(Path.Combine("Data", "storage", "lsblk-sd-boot.json")));
    static readonly IReadOnlyDictionary<string, string> Ids = DiskIds.Parse(File.ReadAllText(Path.Combine("Data", "storage", "by-id.txt")));

    static DiskVerdict Judge(string disk, bool wipe = false, params string[] configured) => DiskSafety.Judge("pi-02", disk, wipe, Devices, Ids, configured);

    [Fact]
    public void Lsblk_leaves_out_snap_loops_and_keeps_partitions_and_mountpoints()
    {
        Assert.Equal(["sda", "sdb", "sdc", "mmcblk0"], Devices.Select(d => d.Name));
        Assert.Equal(["/boot/firmware", "/"], Devices[3].MountedAt);
        Assert.Equal("CT250MX500SSD1, 232.9G", Devices[0].Description);
        Assert.Equal("29.7G", Devices[3].Description);
    }

    [Fact]
    public void An_empty_disk_is_added_and_nothing_is_wiped()
    {
        Assert.Equal(new DiskVerdict(Empty, false, null, $"{Empty} (CT250MX500SSD1, 232.9G)"), Judge(Empty));
    }

    [Fact]
    public void A_disk_with_partitions_is_left_alone_without_wipe()
    {
        var verdict = Judge(Partitioned);

        Assert.False(verdict.ToAdd);
        Assert.Equal($"{Partitioned} (ASMT 2115, 465.8G) holds sdb1 (ext4); it is left alone: to use it for Ceph and lose what is on it, list it under microceph_wipe", verdict.Refusal);
    }

    [Fact]
    public void A_disk_with_partitions_listed_for_wiping_is_added_and_says_what_it_loses()
    {
        var verdict = Judge(Partitioned, wipe: true);

        Assert.True(verdict.ToAdd);
        Assert.True(verdict.Wipe);
        Assert.Equal("sdb1 (ext4)", verdict.Losing);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_boot_disk_is_refused_whatever_the_inventory_says(bool wipe)
    {
        Assert.Equal(
            $"{Card} (29.7G) is the disk pi-02 runs from (mounted at /boot/firmware, /); it is never used for Ceph, whatever the inventory says",
            Judge(Card, wipe).Refusal);
    }

    [Fact]
    public void A_mounted_disk_is_refused_even_with_wipe()
    {
        Assert.Equal($"{Mounted} (Extreme, 58.6G) is mounted at /mnt/photos: unmount it and take it out of /etc/fstab on pi-02 first", Judge(Mounted, wipe: true).Refusal);
    }

    [Fact]
    public void A_disk_the_pi_does_not_have_is_refused_with_where_to_look()
    {
        Assert.Equal(
            "/dev/disk/by-id/usb-Nope-0:0 is not a disk of pi-02: `ls -l /dev/disk/by-id/` on pi-02 lists its disks",
            Judge("/dev/disk/by-id/usb-Nope-0:0").Refusal);
    }

    [Fact]
    public void A_disk_already_an_osd_needs_nothing_even_though_ceph_now_owns_its_data()
    {
        Assert.True(Judge(Partitioned, false, Partitioned).AlreadyAdded);
    }

    [Fact]
    public void A_loop_spec_is_added_once()
    {
        Assert.Equal(new DiskVerdict("loop,4G,3", false, null, "3 loop files of 4G"), Judge("loop,4G,3"));
        Assert.True(Judge("loop,4G,3", false, "/var/snap/microceph/common/data/osd/ceph-1/osd-backing.img").AlreadyAdded);
    }
}
