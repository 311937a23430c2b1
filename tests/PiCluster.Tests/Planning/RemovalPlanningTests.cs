using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Spec;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>Hosts marked `picluster_state: absent`: what `up` plans to remove, in which order, and what it refuses.</summary>
public sealed class RemovalPlanningTests
{

    static ClusterHost Absent(ClusterHost host) => host with { Spec = host.Spec with { Absent = true } };

    /// <summary>The plan's cluster steps without the Ceph wiring of MicroK8s that these hand-built facts also call for.</summary>
    static IEnumerable<HostStep> Removal(Plan plan) => plan.ClusterSteps.Where(s => s is not (EnableAddon or ConnectExternalCeph));

    static string[] Lines(IEnumerable<HostStep> steps) => [.. steps.Select(s => $"{s.GetType().Name} {s.Host}: {s.Describe()}")];

    [Fact]
    public void An_absent_worker_is_drained_leaves_is_removed_and_loses_its_snaps_and_every_other_pi_drops_its_hosts_line()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]);
        hosts[3] = Absent(hosts[3]);

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "DrainNode pi-04: cordon and drain (up to 300 s, through pi-01) so its pods move to other nodes",
                "LeaveCluster pi-04: microk8s leave (it takes itself out of the cluster's datastore and runs on its own)",
                "RemoveNode pi-04: microk8s remove-node pi-04 on pi-01, then wait until it is gone from the nodes and the datastore",
                "RemoveSnaps pi-04: snap remove --purge microk8s",
            ],
            Lines(plan.ClusterSteps));
        Assert.Empty(plan.Hosts[3].Steps);
        Assert.All(plan.Hosts.Take(3), h => Assert.Equal(["WriteHostsFile"], h.Steps.Select(s => s.GetType().Name)));
        Assert.DoesNotContain("pi-04", ((WriteHostsFile)plan.Hosts[0].Steps[0]).Content, StringComparison.Ordinal);
        Assert.True(plan.Achievable);
    }

    [Fact]
    public void An_absent_control_plane_of_three_is_refused_for_high_availability_until_allowed()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]);
        hosts[2] = Absent(hosts[2]);

        var refused = new UpPlanner(false).Plan(hosts);
        var allowed = new UpPlanner(false) { AllowHaLoss = true }.Plan(hosts);

        Assert.Equal(
            [
                "Refuse pi-03: refused: removing it leaves 2 control planes, and a cluster needs three to keep working when one fails (high availability): "
                + "add a control plane first, or allow it with --allow-ha-loss (or picluster_allow_ha_loss: true)",
            ],
            Lines(refused.ClusterSteps));
        Assert.False(refused.Achievable);
        Assert.Equal(["DrainNode", "LeaveCluster", "RemoveNode", "RemoveSnaps"], allowed.ClusterSteps.Select(s => s.GetType().Name));
    }

    [Fact]
    public void A_control_plane_that_joins_in_the_same_run_keeps_high_availability()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]);
        hosts[2] = Absent(hosts[2]);
        hosts.Add(Host("pi-05", Fresh()));

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(["JoinCluster pi-05", "DrainNode pi-03", "LeaveCluster pi-03", "RemoveNode pi-03", "RemoveSnaps pi-03"],
            plan.ClusterSteps.Select(s => $"{s.GetType().Name} {s.Host}"));
    }

    [Fact]
    public void The_last_control_plane_is_never_removed()
    {
        var hosts = Formed(["pi-01"], ["pi-02"]);
        hosts[0] = Absent(hosts[0]);

        var plan = new UpPlanner(false) { AllowHaLoss = true }.Plan(hosts);

        Assert.Equal(["Refuse"], plan.ClusterSteps.Where(s => s.Host == "pi-01").Select(s => s.GetType().Name));
        Assert.Contains("no control plane that stays", plan.ClusterSteps[0].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dead_control_plane_is_removed_from_the_others_side_with_force_and_its_ceph_daemons_purged()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"]), ["pi-01", "pi-02", "pi-03"],
            new CephHealth("HEALTH_WARN", ["1 osds down", "1/3 mons down, quorum pi-01,pi-02"], 3, 2, 3));
        hosts[2] = Absent(hosts[2]) with { Facts = null, Unreachable = "cannot connect to 10.0.0.13:22 (timed out)" };
        var seen = ControlPlane([Node("pi-01"), Node("pi-02"), Node("pi-03", ready: false)], [Voter("pi-01"), Voter("pi-02"), Voter("pi-03")]);
        hosts[0] = hosts[0] with { Facts = hosts[0].Facts! with { MicroK8s = seen } };
        hosts[1] = hosts[1] with { Facts = hosts[1].Facts! with { MicroK8s = seen } };

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "ForgetCephDaemons pi-03: on pi-01: ceph osd purge osd.3, ceph mon rm pi-03 (what pi-03 left in Ceph's maps)",
                "RemoveCephMember pi-03: microceph cluster remove pi-03 --force on pi-01",
                "RemoveNode pi-03: microk8s remove-node pi-03 --force on pi-01, then wait until it is gone from the nodes and the datastore",
            ],
            Lines(Removal(plan)));
        Assert.Contains(plan.Warnings, w => w.StartsWith("pi-03 does not answer: it is removed from the others' side only", StringComparison.Ordinal));
        Assert.True(plan.Achievable);
    }

    [Fact]
    public void A_storage_pi_whose_osds_leave_fewer_than_three_copies_is_refused_until_degraded_is_allowed()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-02", "pi-03", "pi-04"]);
        hosts[3] = Absent(hosts[3]);

        var refused = new UpPlanner(false).Plan(hosts);
        var allowed = new UpPlanner(false) { AllowDegraded = true }.Plan(hosts);

        Assert.Equal(
            [
                "Refuse pi-04: refused: removing its OSDs leaves 2 OSDs on 2 Pis, and each pool keeps 3 copies on different Pis, so Ceph would be degraded: "
                + "add a disk or a storage Pi first, or go on with --allow-degraded",
            ],
            Lines(Removal(refused)));
        Assert.Equal(
            [
                "RemoveOsd pi-04: microceph disk remove osd.3 with Ceph's safety checks bypassed (--allow-degraded: fewer copies than the pools keep remain): "
                + "out, purged and its disk wiped",
                "RemoveCephMember pi-04: microceph cluster remove pi-04 --force on pi-02",
                "DrainNode pi-04: cordon and drain (up to 300 s, through pi-01) so its pods move to other nodes",
                "LeaveCluster pi-04: microk8s leave (it takes itself out of the cluster's datastore and runs on its own)",
                "RemoveNode pi-04: microk8s remove-node pi-04 on pi-01, then wait until it is gone from the nodes and the datastore",
                "RemoveSnaps pi-04: snap remove --purge microk8s microceph",
            ],
            Lines(Removal(allowed)));
    }

    [Fact]
    public void With_pools_of_two_copies_a_removal_that_leaves_two_osds_is_still_refused_as_microceph_keeps_three()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-02", "pi-03", "pi-04"])
            .Select(h => h.Facts?.MicroCeph is { } ceph ? h with { Facts = h.Facts with { MicroCeph = ceph with { PoolSize = 2 } } } : h).ToList();
        hosts[3] = Absent(hosts[3]);

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "Refuse pi-04: refused: removing its OSDs leaves 2 OSDs on 2 Pis, and each pool keeps 2 copies on different Pis (and MicroCeph keeps at least three OSDs), "
                + "so Ceph would be degraded: add a disk or a storage Pi first, or go on with --allow-degraded",
            ],
            Lines(Removal(plan)));
    }

    [Fact]
    public void A_fourth_storage_pi_without_a_monitor_leaves_after_its_data_moved_and_needs_no_force()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-01", "pi-02", "pi-03", "pi-04"]);
        hosts[3] = Absent(hosts[3]);

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "RemoveOsd pi-04: microceph disk remove osd.4: out, wait until its data has moved to the other OSDs (safe-to-destroy, up to 3600 s), purge",
                "RemoveCephMember pi-04: microceph cluster remove pi-04 on pi-01",
            ],
            Lines(Removal(plan).Take(2)));
    }

    [Fact]
    public void Removal_from_an_unhealthy_ceph_is_refused_unless_the_pi_that_goes_is_the_cause()
    {
        var warn = new CephHealth("HEALTH_WARN", ["clock skew detected on mon.pi-02"], 4, 4, 4);
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-01", "pi-02", "pi-03", "pi-04"], warn);
        hosts[3] = Absent(hosts[3]);

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "Refuse pi-04: refused: Ceph is HEALTH_WARN (clock skew detected on mon.pi-02) and a Pi is removed only from a healthy Ceph: "
                + "fix that first (`sudo ceph health detail`), or go on with --allow-degraded",
            ],
            Lines(Removal(plan)));
    }

    [Fact]
    public void A_monitor_pi_of_three_monitors_is_refused_until_degraded_is_allowed_then_removed_with_force()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-01", "pi-02", "pi-03", "pi-04"]);
        hosts[3] = hosts[3] with { Spec = hosts[3].Spec with { Role = MicroK8sRole.ControlPlane } };
        hosts[0] = Absent(hosts[0]);

        var refused = new UpPlanner(false) { AllowHaLoss = true }.Plan(hosts);
        var allowed = new UpPlanner(false) { AllowHaLoss = true, AllowDegraded = true }.Plan(hosts);

        Assert.Contains("it runs one of Ceph's 3 monitors", Assert.Single(refused.ClusterSteps.OfType<Refuse>()).Reason, StringComparison.Ordinal);
        Assert.Contains("RemoveCephMember pi-01: microceph cluster remove pi-01 --force on pi-02", Lines(Removal(allowed)));
    }

    [Fact]
    public void An_absent_pi_that_is_in_no_cluster_and_has_no_snaps_plans_nothing_and_says_to_delete_it()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]);
        hosts.Add(Absent(Host("pi-04", Fresh() with { Hostname = "pi-04" })));

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Empty(plan.ClusterSteps);
        Assert.Contains("pi-04 is absent and in no cluster, with no MicroK8s or MicroCeph left: delete it from the inventory", plan.Warnings);
        Assert.True(plan.Achievable);
    }

    [Fact]
    public void A_reflashed_storage_pi_has_its_old_osd_monitor_and_member_removed_before_it_joins_ceph_again()
    {
        var hosts = WithCeph(Formed(["pi-01", "pi-02", "pi-03"]), ["pi-01", "pi-02", "pi-03"]);
        var stale = hosts[0].Facts!.MicroCeph! with
        {
            Members = [.. hosts[0].Facts!.MicroCeph!.Members.Select(m => m.Name == "pi-03" ? m with { Status = "UNREACHABLE" } : m)],
        };
        hosts = [.. hosts.Select(h => h.Name == "pi-03" ? h with { Facts = Fresh() } : h with { Facts = h.Facts! with { MicroCeph = stale } })];

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "ForgetCephDaemons pi-03: on pi-01: ceph osd purge osd.3, ceph mon rm pi-03 (what pi-03 left in Ceph's maps)",
                "RemoveCephMember pi-03: microceph cluster remove pi-03 --force on pi-01",
                "JoinMicroCeph pi-03: join the Ceph cluster via pi-01",
            ],
            Lines(plan.ClusterSteps.Where(s => s is ForgetCephDaemons or RemoveCephMember or JoinMicroCeph)));
    }
}
