using PiCluster.Planning;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>`reset`: the whole cluster taken down leaving one node at a time, or part of it removed as absent hosts are.</summary>
public sealed class ResetPlannerTests
{
    static string[] Kinds(Plan plan) => [.. plan.ClusterSteps.Select(s => $"{s.GetType().Name} {s.Host}")];

    [Fact]
    public void The_whole_cluster_leaves_workers_first_then_control_planes_and_the_first_voter_goes_last()
    {
        var plan = new ResetPlanner(DestroyStorage: false).Plan(WithCeph(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]), ["pi-01", "pi-02", "pi-03"]));

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
        var plan = new ResetPlanner(DestroyStorage: true).Plan(WithCeph(Formed(["pi-01", "pi-02", "pi-03"]), ["pi-01", "pi-02", "pi-03"]));

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
