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

    // The SSD as MicroCeph left it: an OSD (BlueStore on the raw disk) recorded under its wwn- alias, which sorts after usb-.
    const string SsdWwn = "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3";
    const string OtherWwn = "/dev/disk/by-id/wwn-0x50014ee2b5c6d7e8";
    static readonly IReadOnlyList<BlockDevice> AfterAdd =
        [new BlockDevice("sda", "CT250MX500SSD1", "232.9G", "disk", [], "ceph_bluestore", []), .. Devices.Skip(1)];
    static readonly IReadOnlyDictionary<string, string> Aliases = DiskIds.Parse(File.ReadAllText(Path.Combine("Data", "storage", "by-id-aliases.txt")));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_disk_microceph_recorded_by_another_alias_is_already_added_neither_refused_nor_wiped(bool wipe)
    {
        var verdict = DiskSafety.Judge("pi-02", Empty, wipe, AfterAdd, Aliases, [OtherWwn, SsdWwn]);

        Assert.Equal(new DiskVerdict(Empty, true, null, Empty), verdict);
        Assert.False(verdict.ToAdd);
        Assert.False(verdict.Wipe);
    }

    [Fact]
    public void Another_disks_alias_does_not_make_a_disk_added()
    {
        Assert.True(DiskSafety.Judge("pi-02", Empty, false, Devices, Aliases, [OtherWwn]).ToAdd);
    }

    [Theory]
    [InlineData("/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0", "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3", true)]
    [InlineData("/dev/disk/by-id/nvme-CT1000P3SSD8_2304E6A1B2C3", "/dev/disk/by-id/nvme-eui.6479a7823f000a1b", true)]
    [InlineData("/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0", "/dev/sda", true)]
    [InlineData("/dev/disk/by-id/usb-ASMT_2115_000000000024-0:0", "/dev/disk/by-id/wwn-0x50014ee2b5c6d7e8-part1", false)]
    [InlineData("/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0", "/dev/disk/by-id/wwn-0x50014ee2b5c6d7e8", false)]
    [InlineData("/dev/disk/by-id/usb-Gone-0:0", "/dev/disk/by-id/wwn-0xgone", false)]
    [InlineData("loop,4G,3", "loop,4G,3", true)]
    public void Disks_are_the_same_when_their_paths_resolve_to_the_same_device(string one, string other, bool same)
    {
        Assert.Equal(same, DiskIds.SameDisk(Aliases, one, other));
    }

    [Fact]
    public void A_loop_spec_is_added_once()
    {
        Assert.Equal(new DiskVerdict("loop,4G,3", false, null, "3 loop files of 4G"), Judge("loop,4G,3"));
        Assert.True(Judge("loop,4G,3", false, "/var/snap/microceph/common/data/osd/ceph-1/osd-backing.img").AlreadyAdded);
    }
}
