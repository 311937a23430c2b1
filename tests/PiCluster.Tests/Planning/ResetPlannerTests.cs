using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>`reset`: the whole cluster taken down leaving one node at a time, or part of it removed as absent hosts are.</summary>
public sealed class ResetPlannerTests
{
    static string[] Kinds(Plan plan) => [.. plan.ClusterSteps.Select(s => $"{s.GetType().Name} {s.Host}")];

    static List<ClusterHost> WithOsds(List<ClusterHost> hosts)
    {
        var members = hosts.Take(3).Select(h => new MicroCephMember(h.Name, $"{h.Address}:7443", "ONLINE")).ToList();
        var disks = members.Select((m, i) => new MicroCephDisk(i + 1, "/dev/sda", m.Name)).ToList();
        var ceph = new MicroCephFacts
        {
            Channel = "squid/stable",
            Version = "19.2.0",
            Revision = "1228",
            Held = true,
            Members = members,
            Disks = disks,
            Health = new CephHealth("HEALTH_OK", [], 3, 3, 3),
            Mons = [.. members.Select(m => m.Name)],
            PoolSize = 3,
        };
        return [.. hosts.Select((h, i) => i >= 3 ? h : h with
        {
            Facts = h.Facts! with { MicroCeph = ceph, Snaps = [.. h.Facts.Snaps, new InstalledSnap("microceph", "19.2.0", "1228", "squid/stable", ["held"])] },
        })];
    }

    [Fact]
    public void The_whole_cluster_leaves_workers_first_then_control_planes_and_the_first_voter_goes_last()
    {
        var plan = new ResetPlanner(DestroyStorage: false).Plan(WithOsds(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"])));

        Assert.Equal(
            [
                "LeaveCluster pi-04", "RemoveNode pi-04", "RemoveSnaps pi-04",
                "LeaveCluster pi-02", "RemoveNode pi-02", "RemoveSnaps pi-02",
                "LeaveCluster pi-03", "RemoveNode pi-03", "RemoveSnaps pi-03",
                "RemoveSnaps pi-01",
            ],
            Kinds(plan));
        Assert.Equal("snap remove --purge microk8s microceph", plan.ClusterSteps[^1].Describe());
        Assert.Empty(plan.ClusterSteps.OfType<RemoveOsd>());
        Assert.True(plan.StopsAtFirstFailure);
    }

    [Fact]
    public void Destroy_storage_removes_every_osd_first_without_waiting_for_data()
    {
        var plan = new ResetPlanner(DestroyStorage: true).Plan(WithOsds(Formed(["pi-01", "pi-02", "pi-03"])));

        Assert.Equal(["RemoveOsd pi-01", "RemoveOsd pi-02", "RemoveOsd pi-03"], Kinds(plan).Take(3));
        Assert.Equal("microceph disk remove osd.1 with Ceph's safety checks bypassed (--destroy-storage: its data is destroyed): out, purged and its disk wiped",
            plan.ClusterSteps[0].Describe());
    }

    [Fact]
    public void Part_of_the_cluster_is_removed_as_absent_hosts_are_with_the_same_refusals()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]).Select(h => h with { Selected = h.Name is "pi-03" or "pi-04" }).ToList();

        var refused = new ResetPlanner(DestroyStorage: false).Plan(hosts);
        var allowed = new ResetPlanner(DestroyStorage: false) { AllowHaLoss = true }.Plan(hosts);

        Assert.Empty(refused.ClusterSteps);
        Assert.StartsWith("pi-03: removing it leaves 2 control planes", Assert.Single(refused.Problems), StringComparison.Ordinal);
        Assert.Equal(["DrainNode pi-04", "LeaveCluster pi-04", "RemoveNode pi-04", "RemoveSnaps pi-04", "DrainNode pi-03", "LeaveCluster pi-03", "RemoveNode pi-03", "RemoveSnaps pi-03"],
            Kinds(allowed));
    }

    [Fact]
    public void Pis_with_nothing_on_them_plan_nothing()
    {
        var plan = new ResetPlanner(DestroyStorage: false).Plan([Host("pi-01", Fresh()), Host("pi-02", Fresh())]);

        Assert.Empty(plan.ClusterSteps);
        Assert.Equal(0, plan.ChangeCount);
    }
}
