using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Tests.Tools;

/// <summary>The `microceph` command lines and its JSON, as the reference shows them.</summary>
public sealed class MicroCephTests
{
    [Fact]
    public void Builds_each_command_by_full_path_with_values_as_single_words()
    {
        Assert.Equal("snap wait system seed.loaded && snap install microceph --channel=squid/stable", MicroCeph.Install("squid/stable"));
        Assert.Equal("/snap/bin/microceph cluster add pi-02 --timeout 10m", MicroCeph.AddMember("pi-02"));
        Assert.Equal("/snap/bin/microceph cluster join eyJ0b2tlbiI6MX0=", MicroCeph.Join("eyJ0b2tlbiI6MX0="));
        Assert.Equal("/snap/bin/microceph disk add /dev/disk/by-id/usb-CT250MX5_00SSD1_1-0:0 --wipe", MicroCeph.AddDisk("/dev/disk/by-id/usb-CT250MX5_00SSD1_1-0:0", wipe: true));
        Assert.Equal("/snap/bin/microceph disk add loop,4G,3", MicroCeph.AddDisk("loop,4G,3", wipe: false));
    }

    [Fact]
    public void Lists_members_with_the_plain_table_every_build_prints()
    {
        Assert.Equal("/snap/bin/microceph cluster list", MicroCeph.Members);
    }

    [Fact]
    public void Reads_the_members_of_the_reference_table_with_a_member_that_is_down()
    {
        var members = MicroCephOutput.ParseMembers(Sample("cluster-list-unreachable.txt"));

        Assert.Equal(
            [new MicroCephMember("pi1", "10.0.0.11:7443", "ONLINE"), new MicroCephMember("pi2", "10.0.0.12:7443", "ONLINE"), new MicroCephMember("pi3", "10.0.0.13:7443", "UNREACHABLE")],
            members);
        Assert.Equal([true, true, false], members.Select(m => m.Online));
    }

    [Fact]
    public void Reads_a_table_whose_widths_follow_a_long_name_a_joining_member_and_a_status_with_a_space()
    {
        Assert.Equal(
            [
                new MicroCephMember("pi-01", "192.168.1.11:7443", "ONLINE"), new MicroCephMember("pi-02", "192.168.1.12:7443", "ONLINE"),
                new MicroCephMember("pi-10", "192.168.1.20:7443", "NOT TRUSTED"),
                new MicroCephMember("storage-node-with-a-long-name", "192.168.1.103:7443", "UNREACHABLE"),
            ],
            MicroCephOutput.ParseMembers(Sample("cluster-list-joining.txt")));
    }

    [Theory]
    [InlineData("Error: Database is not yet initialized\n")]
    [InlineData("Error: unknown shorthand flag: 'f' in -f\n")]
    [InlineData("")]
    [InlineData("[{\"name\":\"pi-01\",\"address\":\"10.0.0.11:7443\",\"status\":\"ONLINE\"}]\n")]
    public void Output_that_is_not_the_members_table_reads_as_no_members(string output)
    {
        Assert.Empty(MicroCephOutput.ParseMembers(output));
    }

    [Fact]
    public void Reads_configured_disks_and_health()
    {
        var disks = MicroCephOutput.ParseDisks("""{"ConfiguredDisks":[{"osd":1,"path":"/dev/disk/by-id/usb-A-0:0","location":"pi-01"}],"AvailableDisks":[]}""");
        var health = MicroCephOutput.ParseHealth("""
            {"health":{"status":"HEALTH_WARN","checks":{"TOO_FEW_OSDS":{"severity":"HEALTH_WARN","summary":{"message":"OSD count 1 < osd_pool_default_size 3"}}}},
             "osdmap":{"epoch":9,"num_osds":1,"num_up_osds":1,"num_in_osds":1}}
            """);

        Assert.Equal([new MicroCephDisk(1, "/dev/disk/by-id/usb-A-0:0", "pi-01")], disks);
        Assert.Equal("HEALTH_WARN", health!.Status);
        Assert.Equal(["OSD count 1 < osd_pool_default_size 3"], health.Reasons);
        Assert.Equal((1, 1), (health.Osds, health.OsdsUp));
    }

    [Fact]
    public void Reads_the_checks_by_name_and_whether_ceph_has_settled()
    {
        // ceph -s -f json while an OSD restarts under noout: the OSD down, its placement groups degraded
        var restarting = MicroCephOutput.ParseHealth("""
            {"health":{"status":"HEALTH_WARN","checks":{
               "OSDMAP_FLAGS":{"severity":"HEALTH_WARN","summary":{"message":"noout flag(s) set","count":5},"muted":false},
               "OSD_DOWN":{"severity":"HEALTH_WARN","summary":{"message":"1 osds down","count":1},"muted":false}},"mutes":[]},
             "osdmap":{"epoch":41,"num_osds":3,"num_up_osds":2,"osd_up_since":1764810000,"num_in_osds":3,"osd_in_since":1764800000,"num_remapped_pgs":0},
             "pgmap":{"pgs_by_state":[{"state_name":"active+undersized+degraded","count":1}],"num_pgs":1,"num_pools":1}}
            """)!;
        var settled = MicroCephOutput.ParseHealth("""
            {"health":{"status":"HEALTH_WARN","checks":{"OSDMAP_FLAGS":{"severity":"HEALTH_WARN","summary":{"message":"noout flag(s) set","count":5}}}},
             "osdmap":{"num_osds":3,"num_up_osds":3,"num_in_osds":3},"pgmap":{"pgs_by_state":[{"state_name":"active+clean","count":1}],"num_pgs":1}}
            """)!;

        Assert.Equal(["OSDMAP_FLAGS", "OSD_DOWN"], restarting.Checks);
        Assert.Equal(["noout flag(s) set", "1 osds down"], restarting.Reasons);
        Assert.False(restarting.PgsClean);
        Assert.False(restarting.Settled);
        Assert.True(settled.Settled);
        Assert.False(settled.Ok);
    }

    [Fact]
    public void Output_that_is_not_json_reads_as_nothing()
    {
        Assert.Empty(MicroCephOutput.ParseDisks(""));
        Assert.Null(MicroCephOutput.ParseHealth("Error: …"));
    }

    static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "microceph", name));
}
