using PiCluster.Facts;

namespace PiCluster.Tests.Facts;

public sealed class FactsProbeTests
{
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
        Assert.Equal([new ClusterNode("ubuntu", "127.77.0.1", Ready: true, ControlPlane: true)], microk8s.Nodes);
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
}
