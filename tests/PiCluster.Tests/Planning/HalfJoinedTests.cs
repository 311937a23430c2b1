using PiCluster.Facts;
using PiCluster.Planning;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>A Pi whose join was cut off or never converged is set up afresh and joins again; anything that only looks like
/// one (a member restarting, a stopped MicroK8s, a Pi of another cluster) is not touched.</summary>
public sealed class HalfJoinedTests
{
    /// <summary>pi-01 and pi-02 form a cluster; pi-03 is as <paramref name="microk8s"/> says.</summary>
    static List<ClusterHost> WithThird(MicroK8sFacts microk8s, IReadOnlyList<ClusterNode>? listed = null)
    {
        var hosts = Formed(["pi-01", "pi-02"]);
        var nodes = listed ?? [Node("pi-01"), Node("pi-02")];
        List<ClusterHost> all =
        [
            .. hosts.Select(h => h with { Facts = h.Facts! with { EtcHosts = StockHosts + "\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03", MicroK8s = h.MicroK8s! with { Nodes = nodes } } }),
            Host("pi-03", Prepared("pi-03", ["pi-01", "pi-02", "pi-03"], microk8s)),
        ];
        return all;
    }

    static MicroK8sFacts Down(params string[] locks) =>
        SingleNode("pi-03") with { Running = false, Nodes = [], Locks = ["ha-cluster", .. locks] };

    static string[] Steps(Plan plan, string host) =>
        [.. plan.Hosts.Single(h => h.Name == host).Steps.Concat(plan.ClusterSteps.Where(s => s.Host == host)).Select(s => s.GetType().Name)];

    [Fact]
    public void A_pi_whose_join_was_cut_off_is_removed_set_up_afresh_and_joined_again()
    {
        var plan = new UpPlanner(false).Plan(WithThird(Down("join-in-progress")));

        Assert.Empty(plan.Problems);
        Assert.Equal(["PurgeMicroK8s", "InstallMicroK8s", "HoldMicroK8s", "AddToMicroK8sGroup", "WaitForMicroK8s", "RemoveStaleMember", "JoinCluster"], Steps(plan, "pi-03"));
        Assert.Equal(
            "remove microk8s and its data (snap remove --purge) to join afresh: its join was cut off halfway (join.py's join-in-progress mark is left) and MicroK8s does not run",
            plan.Hosts.Single(h => h.Name == "pi-03").Steps[0].Describe());
        Assert.Equal("remove 10.0.0.13 from the datastore if pi-03's cut-off join left it there (remove-node 10.0.0.13 --force on pi-01)",
            plan.ClusterSteps.First(s => s.Host == "pi-03").Describe());
    }

    [Fact]
    public void A_pi_whose_join_never_converged_is_removed_from_the_datastore_without_repair_stale_and_joined_again()
    {
        var hosts = WithThird(Down("no-cert-reissue"));
        hosts = [.. hosts.Select(h => h.Name == "pi-03" ? h : h with { Facts = h.Facts! with { MicroK8s = h.MicroK8s! with { Datastore = [.. h.MicroK8s.Datastore, Voter("pi-03")] } } })];

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(["PurgeMicroK8s", "InstallMicroK8s", "HoldMicroK8s", "AddToMicroK8sGroup", "WaitForMicroK8s", "RemoveStaleMember", "JoinCluster"], Steps(plan, "pi-03"));
        Assert.Contains("a join that never converged", plan.Hosts.Single(h => h.Name == "pi-03").Steps[0].Describe());
    }

    [Fact]
    public void A_member_that_is_restarting_is_waited_for_not_set_up_again()
    {
        var plan = new UpPlanner(false).Plan(WithThird(Down("no-cert-reissue"), [Node("pi-01"), Node("pi-02"), Node("pi-03", ready: false)]));

        Assert.DoesNotContain("PurgeMicroK8s", Steps(plan, "pi-03"));
    }

    [Fact]
    public void A_stopped_microk8s_is_not_taken_for_a_cut_off_join()
    {
        var plan = new UpPlanner(false).Plan(WithThird(Down("join-in-progress", "stopped.lock")));

        Assert.DoesNotContain("PurgeMicroK8s", Steps(plan, "pi-03"));
    }

    [Fact]
    public void A_pi_whose_datastore_names_another_cluster_is_not_touched()
    {
        var plan = new UpPlanner(false).Plan(WithThird(Down("no-cert-reissue") with { Datastore = [new DatastoreMember("192.168.9.9:19001", "voter")] }));

        Assert.DoesNotContain("PurgeMicroK8s", Steps(plan, "pi-03"));
    }

    [Fact]
    public void With_no_running_control_plane_to_ask_nothing_is_taken_for_a_cut_off_join()
    {
        var hosts = WithThird(Down("join-in-progress"));
        hosts = [.. hosts.Select(h => h.Name == "pi-03" ? h : h with { Facts = h.Facts! with { MicroK8s = h.MicroK8s! with { Running = false } } })];

        Assert.Empty(ClusterAnalysis.Analyse(hosts).HalfJoined);
    }
}
