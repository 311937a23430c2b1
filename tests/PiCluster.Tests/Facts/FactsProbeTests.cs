using PiCluster.Facts;
using PiCluster.Spec;

namespace PiCluster.Tests.Facts;

public sealed class FactsProbeTests
{
    const string StockLine = BootCmdline.Ubuntu2404;

    static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "probe", name));

    [Fact]
    public void A_fresh_pi_reads_as_ubuntu_without_the_memory_cgroup_or_microk8s()
    {
        var facts = FactsProbe.Parse(Sample("fresh-pi.txt"));

        Assert.Equal("ubuntu", facts.Hostname);
        Assert.Equal(new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.2 LTS"), facts.Os);
        Assert.Equal("aarch64", facts.Arch);
        Assert.Equal(7998716, facts.MemoryKb);
        Assert.Equal("Raspberry Pi 4 Model B Rev 1.4", facts.Model);
        Assert.Equal("console=serial0,115200 multipath=off dwc_otg.lpm_enable=0 console=tty1 root=LABEL=writable rootfstype=ext4 rootwait fixrtc", facts.Cmdline.Line);
        Assert.False(facts.Cmdline.HasMemoryCgroupFlags);
        Assert.False(facts.MemoryCgroupActive);
        Assert.True(facts.TimeSynchronized);
        Assert.Empty(facts.Snaps);
        Assert.Null(facts.MicroK8s);
    }

    [Fact]
    public void A_running_single_node_reads_as_a_ready_control_plane()
    {
        var facts = FactsProbe.Parse(Sample("control-plane.txt"));

        Assert.True(facts.Cmdline.HasMemoryCgroupFlags);
        Assert.True(facts.MemoryCgroupActive);
        var snap = Assert.Single(facts.Snaps);
        Assert.Equal(("microk8s", "v1.32.9", "8511", "1.32/stable"), (snap.Name, snap.Version, snap.Revision, snap.Tracking));
        Assert.Equal(["classic"], snap.Notes);
        var microk8s = facts.MicroK8s!;
        Assert.Equal(("1.32/stable", MicroK8sRole.ControlPlane, true, false), (microk8s.Channel, microk8s.Role, microk8s.Running, microk8s.Held));
        Assert.Equal([new DatastoreMember("127.0.0.1:19001", "voter")], microk8s.Datastore);
        Assert.Equal([new ClusterNode("ubuntu", "127.77.0.1", Ready: true, ControlPlane: true) { Version = "v1.32.9" }], microk8s.Nodes);
    }

    [Fact]
    public void A_storage_member_on_a_build_without_cluster_list_f_reads_its_members_from_the_table_and_every_by_id_alias()
    {
        var probe = Sample("control-plane.txt")
            .Replace("microk8s  v1.32.9  8511  1.32/stable  canonical**  classic",
                "microceph  19.2.0+snap9aeaeb2970  1228  squid/stable  canonical**  held\nmicrok8s  v1.32.9  8511  1.32/stable  canonical**  classic", StringComparison.Ordinal)
            .Replace("@@picluster end", $$"""
                @@picluster disk-ids
                {{File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "storage", "by-id-aliases.txt"))}}
                @@picluster microceph-members
                {{File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "microceph", "cluster-list-unreachable.txt"))}}
                @@picluster microceph-disks
                {"ConfiguredDisks":[{"osd":1,"path":"/dev/disk/by-id/wwn-0x500a0751e5a1b2c3","location":"pi1"}],"AvailableDisks":[]}

                @@picluster end
                """, StringComparison.Ordinal);

        var facts = FactsProbe.Parse(probe);

        Assert.Equal(["pi1", "pi2", "pi3"], facts.MicroCeph!.Members.Select(m => m.Name));
        Assert.Equal(["ONLINE", "ONLINE", "UNREACHABLE"], facts.MicroCeph.Members.Select(m => m.Status));
        Assert.Equal("/dev/sda", facts.DiskIds["/dev/disk/by-id/wwn-0x500a0751e5a1b2c3"]);
        Assert.Equal("/dev/sda", facts.DiskIds["/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0"]);
        Assert.Contains("/snap/bin/microceph cluster list 2>/dev/null", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)), StringComparison.Ordinal);
        Assert.DoesNotContain("-f json 2>", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)).Replace("microceph.ceph -s -f json", "", StringComparison.Ordinal)
            .Replace("microceph.ceph mon dump -f json", "", StringComparison.Ordinal).Replace("microceph.ceph osd dump -f json", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_is_known_by_its_lock_file_alone()
    {
        var facts = FactsProbe.Parse(Sample("control-plane.txt").Replace("@@picluster microk8s-status", "@@picluster microk8s-worker\n@@picluster ignored", StringComparison.Ordinal));

        Assert.Equal(MicroK8sRole.Worker, facts.MicroK8s!.Role);
    }

    [Fact]
    public void A_probe_cut_short_is_refused_rather_than_half_read()
    {
        var cut = Sample("fresh-pi.txt").Replace("@@picluster end", "", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => FactsProbe.Parse(cut));
    }

    [Fact]
    public void A_cluster_member_reads_with_its_boot_id_hosts_file_settings_modules_groups_and_addons()
    {
        var facts = FactsProbe.Parse(Sample("ha-member.txt"));

        Assert.Equal("pi-01", facts.Hostname);
        Assert.Equal("3f0c1c9e-5d1a-4b57-9a41-0c8e2d7b6a10", facts.BootId);
        Assert.Equal("127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03", facts.EtcHosts);
        Assert.Equal(
            "# Written by picluster: the hostname and /etc/hosts are kept by picluster, not by cloud-init.\npreserve_hostname: true\nmanage_etc_hosts: false",
            facts.CloudInitSettings);
        Assert.Equal(["vxlan", "rbd"], facts.LoadableModules);
        Assert.Equal(["ubuntu", "adm", "dialout", "cdrom", "floppy", "sudo", "audio", "dip", "video", "plugdev", "netdev", "lxd", "microk8s"], facts.LoginGroups);
        var microk8s = facts.MicroK8s!;
        Assert.Equal(("1.35/stable", "v1.35.0", true, true), (microk8s.Channel, microk8s.Version, microk8s.Held, microk8s.Running));
        Assert.Equal(
            [
                new AddonState("dns", "core", true), new AddonState("ha-cluster", "core", true), new AddonState("helm3", "core", true),
                new AddonState("rook-ceph", "core", true), new AddonState("argocd", "community", false), new AddonState("metallb", "core", false),
            ],
            microk8s.Addons);
        Assert.Equal([new DatastoreMember("10.0.0.11:19001", "voter"), new DatastoreMember("10.0.0.12:19001", "voter"), new DatastoreMember("10.0.0.13:19001", "voter")],
            microk8s.Datastore);
        Assert.Equal(
            [new ClusterNode("pi-01", "10.0.0.11", true, true), new ClusterNode("pi-02", "10.0.0.12", true, true), new ClusterNode("pi-03", "10.0.0.13", false, true)],
            microk8s.Nodes);
    }

    [Fact]
    public void A_fresh_pi_has_no_hosts_settings_modules_or_groups_sections_and_reads_them_empty()
    {
        var facts = FactsProbe.Parse(Sample("fresh-pi.txt"));

        Assert.Equal(("", "", ""), (facts.BootId, facts.EtcHosts, facts.CloudInitSettings));
        Assert.Empty(facts.LoadableModules);
        Assert.Empty(facts.LoginGroups);
    }

    [Fact]
    public void A_worker_has_no_addons_datastore_or_nodes()
    {
        var worker = Sample("ha-member.txt").Replace("@@picluster microk8s-status", "@@picluster microk8s-worker\n@@picluster ignored", StringComparison.Ordinal)
            .Replace("@@picluster microk8s-datastore", "@@picluster ignored-datastore", StringComparison.Ordinal)
            .Replace("@@picluster microk8s-nodes", "@@picluster ignored-nodes", StringComparison.Ordinal);

        var microk8s = FactsProbe.Parse(worker).MicroK8s!;

        Assert.Equal((MicroK8sRole.Worker, false), (microk8s.Role, microk8s.Running));
        Assert.Empty(microk8s.Addons);
        Assert.Empty(microk8s.Datastore);
        Assert.Empty(microk8s.Nodes);
    }

    [Fact]
    public void Nodes_that_are_not_kubectl_json_read_as_none()
    {
        var cut = Sample("ha-member.txt");
        var start = cut.IndexOf("@@picluster microk8s-nodes", StringComparison.Ordinal);
        var broken = cut[..start] + "@@picluster microk8s-nodes\nThe connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?\n\n@@picluster end\n";

        Assert.Empty(FactsProbe.Parse(broken).MicroK8s!.Nodes);
    }

    [Theory]
    [InlineData("console=tty1 root=LABEL=writable rootwait", "console=tty1 root=LABEL=writable rootwait cgroup_enable=memory cgroup_memory=1")]
    [InlineData("console=tty1 cgroup_memory=1 rootwait", "console=tty1 cgroup_memory=1 rootwait cgroup_enable=memory")]
    [InlineData("console=tty1 cgroup_enable=memory rootwait", "console=tty1 cgroup_enable=memory rootwait cgroup_memory=1")]
    [InlineData("cgroup_memory=1 console=tty1 cgroup_enable=memory", "cgroup_memory=1 console=tty1 cgroup_enable=memory")]
    public void Appends_only_the_memory_cgroup_flags_the_line_lacks(string line, string expected)
    {
        Assert.Equal(expected, new BootCmdline(line).WithMemoryCgroupFlags());
    }

    [Fact]
    public void Has_the_memory_cgroup_flags_only_with_both_as_whole_words()
    {
        Assert.True(new BootCmdline("rootwait cgroup_enable=memory cgroup_memory=1").HasMemoryCgroupFlags);
        Assert.False(new BootCmdline("rootwait cgroup_enable=memory").HasMemoryCgroupFlags);
        Assert.False(new BootCmdline("rootwait cgroup_enable=memory cgroup_memory=10").HasMemoryCgroupFlags);
        Assert.False(new BootCmdline(null).HasMemoryCgroupFlags);
    }

    [Fact]
    public void Reads_only_the_first_line_of_cmdline_txt()
    {
        var cmdline = new BootCmdline("console=tty1 root=LABEL=writable rootwait\r\ncgroup_enable=memory cgroup_memory=1\n");

        Assert.Equal("console=tty1 root=LABEL=writable rootwait", cmdline.Line);
        Assert.False(cmdline.HasMemoryCgroupFlags);
        Assert.Equal("console=tty1 root=LABEL=writable rootwait cgroup_enable=memory cgroup_memory=1", cmdline.WithMemoryCgroupFlags());
        Assert.False(new BootCmdline(null).Exists);
    }

    [Theory]
    [InlineData(StockLine + "\n", null)]
    [InlineData(StockLine + "\n\n\n", null)]
    [InlineData("hunter2-secret\n" + StockLine + " cgroup_enable=memory cgroup_memory=1\n", "it has 2 lines, and the firmware gives the kernel only the first")]
    [InlineData("\n" + StockLine, "it has 2 lines, and the firmware gives the kernel only the first")]
    [InlineData("hunter2-secret cgroup_enable=memory cgroup_memory=1\n", "its line has no root=, so the kernel would not find the root filesystem")]
    [InlineData("", "its line has no root=, so the kernel would not find the root filesystem")]
    public void A_cmdline_txt_that_is_not_one_line_with_root_is_damaged(string text, string? damage)
    {
        Assert.Equal(damage, new BootCmdline(text).Damage);
    }

    [Theory]
    [InlineData(StockLine + " cgroup_enable=memory cgroup_memory=1", null)]
    [InlineData(StockLine + "\ncgroup_enable=memory", "the new cmdline.txt would be wrong (it has 2 lines, and the firmware gives the kernel only the first)")]
    [InlineData("console=tty1 rootwait cgroup_enable=memory", "the new cmdline.txt would be wrong (its line has no root=, so the kernel would not find the root filesystem)")]
    [InlineData("console=tty1 root=LABEL=writable cgroup_enable=memory", "the new cmdline.txt would lose console=serial0,115200 multipath=off dwc_otg.lpm_enable=0 rootfstype=ext4 rootwait fixrtc")]
    public void A_new_cmdline_txt_must_be_one_line_with_root_and_keep_every_original_argument(string replacement, string? problem)
    {
        Assert.Equal(problem, BootCmdline.ReplacementProblem(StockLine, replacement));
    }

    [Fact]
    public void Only_a_probe_for_a_storage_host_lists_disks_and_storage_classes()
    {
        Assert.Contains("s lsblk; lsblk -J", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)));
        Assert.Contains("kubectl get storageclass", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)));
        Assert.DoesNotContain("lsblk", FactsProbe.Script(new ProbeScope(Storage: false, CephMaps: false)));
        Assert.DoesNotContain("mon dump", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: false)));
        Assert.Contains("s ceph-mons; timeout 30 /snap/bin/microceph.ceph mon dump -f json", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)));
        Assert.DoesNotContain("/dev/disk/by-id", FactsProbe.Script(new ProbeScope(Storage: false, CephMaps: false)));
        Assert.DoesNotContain("storageclass", FactsProbe.Script(new ProbeScope(Storage: false, CephMaps: false)));
    }
}
