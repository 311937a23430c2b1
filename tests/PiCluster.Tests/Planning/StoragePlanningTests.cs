using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Recap;
using PiCluster.Spec;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>The MicroCeph part of the plan: install, bootstrap on the first storage host, join the others, add only safe disks, then wire MicroK8s.</summary>
public sealed class StoragePlanningTests
{
    const string Ssd = "/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0";
    const string Partitioned = "/dev/disk/by-id/usb-ASMT_2115_000000000024-0:0";
    const string Card = "/dev/disk/by-id/mmc-SD32G_0xda0aa352";

    static readonly IReadOnlyList<BlockDevice> Devices = Lsblk.Parse(File.ReadAllText(Path.Combine("Data", "storage", "lsblk-sd-boot.json")));
    static readonly IReadOnlyDictionary<string, string> Ids = DiskIds.Parse(File.ReadAllText(Path.Combine("Data", "storage", "by-id.txt")));

    static ClusterHost WithStorage(ClusterHost host, string[] disks, string[]? wipe = null) => host with
    {
        Spec = host.Spec with { Storage = new StorageSpec("squid/stable", disks, (wipe ?? []).ToHashSet()) },
        Facts = host.Facts is null ? null : host.Facts with { Disks = Devices, DiskIds = Ids },
    };

    static string[] Lines(IEnumerable<HostStep> steps) => [.. steps.Select(s => $"{s.GetType().Name} {s.Host}: {s.Describe()}")];

    [Fact]
    public void Three_cluster_nodes_with_an_ssd_each_get_ceph_and_microk8s_is_wired_to_it()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]).Select(h => WithStorage(h, [Ssd])).ToList();

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            ["InstallMicroCeph pi-02: install microceph squid/stable", "HoldMicroCeph pi-02: hold microceph refreshes (snap refresh --hold)"],
            Lines(plan.Hosts[1].Steps));
        Assert.Equal(
            [
                "BootstrapMicroCeph pi-01: form the Ceph cluster (microceph cluster bootstrap)",
                "JoinMicroCeph pi-02: join the Ceph cluster via pi-01",
                "JoinMicroCeph pi-03: join the Ceph cluster via pi-01",
                $"AddDisk pi-01: add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD",
                $"AddDisk pi-02: add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD",
                $"AddDisk pi-03: add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD",
                "EnableAddon pi-01: enable addon rook-ceph (for the whole cluster)",
                "ConnectExternalCeph pi-01: connect MicroK8s to Ceph (microk8s connect-external-ceph): StorageClass ceph-rbd",
            ],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void A_converged_storage_cluster_plans_nothing()
    {
        List<string> names = ["pi-01", "pi-02", "pi-03"];
        var members = names.Select(n => new MicroCephMember(n, $"{Ip(n)}:7443", "ONLINE")).ToList();
        var disks = members.Select((m, i) => new MicroCephDisk(i + 1, Ssd, m.Name)).ToList();
        var ceph = new MicroCephFacts { Channel = "squid/stable", Version = "19.2.0+snap9aeaeb2970", Revision = "1228", Held = true, Members = members, Disks = disks, Health = new CephHealth("HEALTH_OK", [], 3, 3, 3) };
        var hosts = Formed(names, null, new AddonState("rook-ceph", "core", true))
            .Select(h => WithStorage(h, [Ssd]))
            .Select(h => h with { Facts = h.Facts! with { MicroCeph = ceph, MicroK8s = h.MicroK8s! with { StorageClasses = ["ceph-rbd"] } } })
            .ToList();

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(0, plan.ChangeCount);
        Assert.Empty(plan.ClusterSteps);
        Assert.Equal("Ceph: 3 of 3 members ONLINE, 3 OSDs (3 up, 3 in), HEALTH_OK, StorageClass ceph-rbd present", StorageSummary.From(hosts)!.Line);
    }

    [Fact]
    public void A_converged_cluster_whose_osds_microceph_recorded_by_wwn_plans_nothing_though_the_inventory_names_usb_and_may_wipe_it()
    {
        List<string> names = ["pi-01", "pi-02", "pi-03"];
        var ids = DiskIds.Parse(File.ReadAllText(Path.Combine("Data", "storage", "by-id-aliases.txt")));
        var osd = new BlockDevice("sda", "CT250MX500SSD1", "232.9G", "disk", [], "ceph_bluestore", []);
        var members = names.Select(n => new MicroCephMember(n, $"{Ip(n)}:7443", "ONLINE")).ToList();
        var disks = members.Select((m, i) => new MicroCephDisk(i + 1, "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3", m.Name)).ToList();
        var ceph = new MicroCephFacts { Channel = "squid/stable", Version = "19.2.0+snap9aeaeb2970", Revision = "1228", Held = true, Members = members, Disks = disks, Health = new CephHealth("HEALTH_OK", [], 3, 3, 3) };
        var hosts = Formed(names, null, new AddonState("rook-ceph", "core", true))
            .Select(h => WithStorage(h, [Ssd], wipe: [Ssd]))
            .Select(h => h with { Facts = h.Facts! with { Disks = [osd, .. Devices.Skip(1)], DiskIds = ids, MicroCeph = ceph, MicroK8s = h.MicroK8s! with { StorageClasses = ["ceph-rbd"] } } })
            .ToList();

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Empty(Lines(plan.ClusterSteps));
        Assert.Equal(0, plan.ChangeCount);
    }

    [Fact]
    public void A_disk_listed_by_two_of_its_names_is_added_once()
    {
        var ids = DiskIds.Parse(File.ReadAllText(Path.Combine("Data", "storage", "by-id-aliases.txt")));
        var hosts = Formed(["pi-01"]).Select(h => WithStorage(h, [Ssd, "/dev/disk/by-id/wwn-0x500a0751e5a1b2c3"])).Select(h => h with { Facts = h.Facts! with { DiskIds = ids } }).ToList();

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal([$"AddDisk pi-01: add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD"], Lines(plan.ClusterSteps).Where(l => l.StartsWith("AddDisk", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_member_that_is_unreachable_is_not_the_one_others_join_through()
    {
        List<string> names = ["pi-01", "pi-02", "pi-03"];
        var members = new[] { new MicroCephMember("pi-01", "10.0.0.11:7443", "UNREACHABLE"), new MicroCephMember("pi-02", "10.0.0.12:7443", "ONLINE") };
        var ceph = new MicroCephFacts { Channel = "squid/stable", Version = "19.2.0+snap9aeaeb2970", Revision = "1228", Held = true, Members = members, Disks = [] };
        var hosts = Formed(names).Select(h => WithStorage(h, [])).Select(h => h.Name == "pi-03" ? h : h with { Facts = h.Facts! with { MicroCeph = ceph } }).ToList();

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Contains("JoinMicroCeph pi-03: join the Ceph cluster via pi-02", Lines(plan.ClusterSteps));
        Assert.StartsWith("Ceph: 1 of 2 members ONLINE", StorageSummary.From(hosts)!.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_disks_are_refused_one_by_one_and_a_wipe_is_said_in_capitals()
    {
        var hosts = Formed(["pi-01"]).Select(h => WithStorage(h, [Ssd, Partitioned, Card])).ToList();
        hosts.Add(WithStorage(Host("pi-02", Fresh()), [Partitioned], wipe: [Partitioned]));

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Contains($"AddDisk pi-01: add {Ssd} (CT250MX500SSD1, 232.9G) as a Ceph OSD", Lines(plan.ClusterSteps));
        Assert.Contains($"Refuse pi-01: refused: {Partitioned} (ASMT 2115, 465.8G) holds sdb1 (ext4); it is left alone: to use it for Ceph and lose what is on it, list it under microceph_wipe", Lines(plan.ClusterSteps));
        Assert.Contains($"Refuse pi-01: refused: {Card} (29.7G) is the disk pi-01 runs from (mounted at /boot/firmware, /); it is never used for Ceph, whatever the inventory says", Lines(plan.ClusterSteps));
        Assert.Contains($"AddDisk pi-02: add {Partitioned} (ASMT 2115, 465.8G) as a Ceph OSD, which WIPES sdb1 (ext4)", Lines(plan.ClusterSteps));
    }
}
