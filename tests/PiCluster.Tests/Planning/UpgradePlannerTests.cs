using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Planning.Upgrade;
using PiCluster.Spec;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

public sealed class UpgradePlannerTests
{
    static readonly Dictionary<string, string> Versions = new() { ["1.32"] = "v1.32.9", ["1.33"] = "v1.33.5", ["1.34"] = "v1.34.1", ["1.35"] = "v1.35.0" };

    /// <summary>Three control planes and a worker on <paramref name="track"/>, the inventory asking for <paramref name="target"/>.</summary>
    static List<ClusterHost> Cluster(string track, string target, params string[] workers) =>
        [.. Formed(["pi-01", "pi-02", "pi-03"], workers.Length == 0 ? ["pi-04"] : workers).Select(h => On(h, track) with { Spec = h.Spec with { Channel = target } })];

    static ClusterHost On(ClusterHost host, string track) =>
        host with { Facts = host.Facts! with { MicroK8s = host.MicroK8s! with { Channel = $"{track}/stable", Version = Versions[track] } } };

    static string[] Steps(Plan plan) => [.. plan.ClusterSteps.Select(s => s is UpgradeMicroK8s u ? $"{u.Host} {u.From}→{u.Channel} via {u.Kubectl}{(u.Wave is { } w ? $" wave {w}" : "")}" : $"{s.Kind} {s.Host}")];

    static Plan Upgrade(List<ClusterHost> hosts, UpgradeOptions? options = null) => new UpgradePlanner(options ?? new()).Plan(hosts);

    [Fact]
    public void Two_minors_go_through_the_one_between_on_every_node_control_planes_first_one_at_a_time()
    {
        var plan = Upgrade(Cluster("1.32", "1.34/stable"));

        Assert.Empty(plan.Problems);
        Assert.True(plan.StopsAtFirstFailure);
        Assert.Equal(
        [
            "pi-01 1.32/stable→1.33/stable via pi-02", "pi-02 1.32/stable→1.33/stable via pi-01", "pi-03 1.32/stable→1.33/stable via pi-01", "pi-04 1.32/stable→1.33/stable via pi-01",
            "pi-01 1.33/stable→1.34/stable via pi-02", "pi-02 1.33/stable→1.34/stable via pi-01", "pi-03 1.33/stable→1.34/stable via pi-01", "pi-04 1.33/stable→1.34/stable via pi-01",
        ], Steps(plan));
        var first = (UpgradeMicroK8s)plan.ClusterSteps[0];
        Assert.Equal(["pi-02", "pi-03"], first.OtherVoters);
        Assert.Empty(((UpgradeMicroK8s)plan.ClusterSteps[3]).OtherVoters);
        Assert.Equal("microk8s 1.32/stable → 1.33/stable: with pi-02, pi-03 Ready (the other voters), cordon, drain (up to 300 s), snap refresh microk8s "
            + "--channel=1.33/stable (the hold stays), wait until ready, wait until the node is Ready at v1.33, uncordon", first.Describe());
        Assert.Equal(["microk8s 1.32/stable (v1.32.9)"], plan.Hosts[0].Passed);
    }

    [Fact]
    public void Workers_go_in_waves_of_max_unavailable_after_the_control_planes()
    {
        var plan = Upgrade(Cluster("1.33", "1.34/stable", "pi-04", "pi-05", "pi-06"), new UpgradeOptions(MaxUnavailable: 2));

        Assert.Equal(
        [
            "pi-01 1.33/stable→1.34/stable via pi-02", "pi-02 1.33/stable→1.34/stable via pi-01", "pi-03 1.33/stable→1.34/stable via pi-01",
            "pi-04 1.33/stable→1.34/stable via pi-01 wave 3", "pi-05 1.33/stable→1.34/stable via pi-01 wave 3", "pi-06 1.33/stable→1.34/stable via pi-01 wave 4",
        ], Steps(plan));
    }

    [Fact]
    public void A_re_run_skips_the_nodes_already_on_the_target_and_finishes_one_left_cordoned()
    {
        var hosts = Cluster("1.34", "1.34/stable");
        hosts[0] = On(hosts[0], "1.34");
        hosts[3] = On(hosts[3], "1.33");
        hosts = [.. hosts.Select(h => h with { Facts = h.Facts! with { MicroK8s = h.MicroK8s! with { Nodes = [.. h.MicroK8s.Nodes.Select(n => n.Name == "pi-02" ? n with { Cordoned = true } : n)] } } })];

        var plan = Upgrade(hosts);

        Assert.Equal(["pi-02 1.34/stable→1.34/stable via pi-01", "pi-04 1.33/stable→1.34/stable via pi-01"], Steps(plan));
    }

    [Fact]
    public void Nothing_is_planned_when_every_node_is_there()
    {
        var plan = Upgrade(Cluster("1.34", "1.34/stable"));

        Assert.Empty(plan.Problems);
        Assert.Equal(0, plan.ChangeCount);
    }

    [Fact]
    public void A_downgrade_is_refused_by_what_the_node_runs()
    {
        var plan = Upgrade(Cluster("1.34", "1.33/stable"));

        Assert.Empty(plan.ClusterSteps);
        Assert.Equal(4, plan.Problems.Count);
        Assert.Equal("pi-01 runs Kubernetes 1.34 (1.34/stable), newer than microk8s_channel 1.33/stable: PiCluster does not downgrade (`sudo snap revert microk8s` "
            + "goes back one refresh, with the datastore as it was then); set microk8s_channel to 1.34/stable or newer", plan.Problems[0]);
    }

    [Theory]
    [InlineData("latest/stable", "latest")]
    [InlineData("1.34-strict/stable", "1.34-strict")]
    public void A_track_that_is_no_version_is_refused(string channel, string track)
    {
        var plan = Upgrade(Cluster("1.33", channel));

        Assert.Equal([$"microk8s_channel is {channel}, whose track {track} is no Kubernetes version; an upgrade moves from version to version, one minor "
            + "at a time: write a versioned channel such as 1.34/stable"], plan.Problems);
    }

    [Fact]
    public void A_node_left_out_by_the_limit_that_must_pass_an_intermediate_minor_refuses_the_plan()
    {
        var hosts = Cluster("1.32", "1.34/stable");
        hosts[1] = hosts[1] with { Selected = false };

        var plan = Upgrade(hosts);

        Assert.Equal(["pi-02 is on 1.32/stable and not selected, but the upgrade to 1.34/stable goes through 1.33/stable on every node: select pi-02 too, "
            + "or set microk8s_channel to 1.33/stable for this run"], plan.Problems);
    }

    [Fact]
    public void Workers_alone_cannot_go_past_their_control_planes()
    {
        var hosts = Cluster("1.33", "1.34/stable");
        hosts = [.. hosts.Select(h => h.Spec.Role == MicroK8sRole.Worker ? h : h with { Selected = false })];

        var plan = Upgrade(hosts);

        Assert.Equal(["pi-01 is on 1.33/stable and not selected, but the upgrade to 1.34/stable goes through 1.34/stable on every node, control planes before workers: "
            + "select pi-01 too, or set microk8s_channel to 1.34/stable for this run"], plan.Problems);
    }

    [Fact]
    public void A_node_that_does_not_answer_or_is_not_ready_stops_the_upgrade_before_it_starts()
    {
        var hosts = Cluster("1.33", "1.34/stable");
        hosts[3] = hosts[3] with { Facts = null, Unreachable = "cannot connect to 10.0.0.14:22 (timed out)" };
        hosts = [.. hosts.Select(h => h.Facts is null ? h : h with { Facts = h.Facts with { MicroK8s = h.MicroK8s! with { Nodes = [.. h.MicroK8s.Nodes.Select(n => n.Name == "pi-03" ? n with { Ready = false } : n)] } } })];

        var plan = Upgrade(hosts);

        Assert.Empty(plan.ClusterSteps);
        Assert.Equal(
        [
            "pi-03 is not a Ready node: an upgrade starts from a healthy cluster; see `picluster status` and `sudo microk8s inspect` on it",
            "pi-04 does not answer (cannot connect to 10.0.0.14:22 (timed out)): an upgrade takes one node down at a time, so it starts with every node up; "
                + "bring it back (or leave it out with --limit) and re-run",
        ], plan.Problems);
    }

    static List<ClusterHost> Storage(string version, string channel, string target, CephHealth health)
    {
        List<string> names = ["pi-01", "pi-02", "pi-03"];
        var members = names.Select(n => new MicroCephMember(n, $"{Ip(n)}:7443", "ONLINE")).ToList();
        var ceph = new MicroCephFacts { Channel = channel, Version = version, Revision = "1228", Held = true, Members = members, Disks = [], Health = health };
        return [.. Formed(names).Select(h => On(h, "1.35") with
        {
            Spec = h.Spec with { Storage = new StorageSpec(target, [], new HashSet<string>()) },
            Facts = On(h, "1.35").Facts! with { MicroCeph = ceph },
        })];
    }

    static readonly CephHealth Healthy = new("HEALTH_OK", [], 3, 3, 3);

    [Fact]
    public void MicroCeph_goes_one_storage_pi_at_a_time_between_noout_set_and_unset()
    {
        var plan = Upgrade(Storage("19.2.1+snap74c0060321", "squid/stable", "tentacle/stable", Healthy));

        Assert.Equal(["set_noout pi-01", "refresh_microceph pi-01", "refresh_microceph pi-02", "refresh_microceph pi-03", "unset_noout pi-01"], Steps(plan));
        Assert.True(plan.ClusterSteps[^1].RunsAfterFailure);
        Assert.Equal(["pi-02", "pi-03"], ((UnsetNoout)plan.ClusterSteps[^1]).Others);
        Assert.Equal("microceph squid/stable → tentacle/stable: snap refresh microceph --channel=tentacle/stable (its daemons restart; the hold stays), then wait until every "
            + "OSD is up and every placement group active+clean (up to 300 s)", plan.ClusterSteps[1].Describe());
    }

    [Fact]
    public void Ceph_releases_are_not_skipped()
    {
        var plan = Upgrade(Storage("18.2.4+snapc9f2b08f92", "reef/stable", "tentacle/stable", Healthy));

        Assert.Equal(
        [
            "set_noout pi-01", "refresh_microceph pi-01", "refresh_microceph pi-02", "refresh_microceph pi-03",
            "refresh_microceph pi-01", "refresh_microceph pi-02", "refresh_microceph pi-03", "unset_noout pi-01",
        ], Steps(plan));
        Assert.Equal("squid/stable", ((RefreshMicroCeph)plan.ClusterSteps[1]).Channel);
        Assert.Equal("tentacle/stable", ((RefreshMicroCeph)plan.ClusterSteps[4]).Channel);
    }

    [Fact]
    public void An_unhealthy_ceph_is_refused_unless_forced_but_a_noout_left_by_a_stopped_upgrade_is_not_a_reason()
    {
        var down = new CephHealth("HEALTH_WARN", ["1 osds down"], 3, 2, 3) { Checks = ["OSD_DOWN"] };
        var noout = new CephHealth("HEALTH_WARN", ["noout flag(s) set"], 3, 3, 3) { Checks = ["OSDMAP_FLAGS"] };

        var refused = Upgrade(Storage("19.2.1+snap74c0060321", "squid/stable", "tentacle/stable", down));
        var forced = Upgrade(Storage("19.2.1+snap74c0060321", "squid/stable", "tentacle/stable", down), new UpgradeOptions(Force: true));
        var resumed = Upgrade(Storage("19.2.1+snap74c0060321", "squid/stable", "tentacle/stable", noout));

        Assert.Equal(["Ceph is HEALTH_WARN (1 osds down): a MicroCeph upgrade starts only from HEALTH_OK; see `sudo ceph health detail`, fix it and re-run, "
            + "or upgrade anyway with --force"], refused.Problems);
        Assert.Equal(5, forced.ClusterSteps.Count);
        Assert.Equal(["Ceph is HEALTH_WARN (1 osds down), upgraded anyway (--force)"], forced.Warnings);
        Assert.Empty(resumed.Problems);
    }

    [Fact]
    public void A_ceph_downgrade_is_refused()
    {
        var plan = Upgrade(Storage("20.2.0+snap6b2a7d13d1", "tentacle/stable", "squid/stable", Healthy));

        Assert.Equal("pi-01 runs Ceph tentacle (tentacle/stable), newer than microceph_channel squid/stable: Ceph cannot go back a release; "
            + "set microceph_channel to tentacle/stable or newer", plan.Problems[0]);
    }

    [Fact]
    public void Ceph_needs_nothing_on_its_target()
    {
        var plan = Upgrade(Storage("19.2.1+snap74c0060321", "squid/stable", "squid/stable", new CephHealth("HEALTH_ERR", ["x"], 3, 0, 3)));

        Assert.Empty(plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }
}
