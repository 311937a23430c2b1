using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Spec;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

public sealed class ClusterAnalysisTests
{
    [Fact]
    public void Without_a_cluster_the_first_control_plane_forms_it()
    {
        var picture = ClusterAnalysis.Analyse([Host("pi-04", Fresh(), MicroK8sRole.Worker), Host("pi-01", Fresh()), Host("pi-02", Fresh())]);

        Assert.False(picture.Formed);
        Assert.Equal("pi-01", picture.Issuer?.Name);
        Assert.Null(picture.Blocked);
        Assert.Equal(["pi-01"], picture.Members);
        Assert.Empty(picture.Nodes);
        Assert.Empty(picture.Problems);
    }

    [Fact]
    public void Nodes_running_on_their_own_are_not_a_cluster()
    {
        var picture = ClusterAnalysis.Analyse([Host("pi-01", Prepared("pi-01", [], SingleNode("pi-01"))), Host("pi-02", Prepared("pi-02", [], SingleNode("pi-02")))]);

        Assert.False(picture.Formed);
        Assert.Equal("pi-01", picture.Issuer?.Name);
        Assert.Equal(["pi-01"], picture.Members);
    }

    [Fact]
    public void A_formed_cluster_has_its_control_planes_and_listed_workers_as_members()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]);

        var picture = ClusterAnalysis.Analyse([.. hosts, Host("pi-05", Fresh(), MicroK8sRole.Worker)]);

        Assert.True(picture.Formed);
        Assert.Equal("pi-01", picture.Issuer?.Name);
        Assert.Equal(["pi-01", "pi-02", "pi-03", "pi-04"], picture.Members.Order());
        Assert.Equal([Node("pi-01"), Node("pi-02"), Node("pi-03"), WorkerNode("pi-04")], picture.Nodes);
        Assert.Equal([Voter("pi-01"), Voter("pi-02"), Voter("pi-03")], picture.Datastore);
    }

    [Fact]
    public void A_worker_is_a_member_only_at_its_own_address()
    {
        var hosts = Formed(["pi-01", "pi-02"], ["pi-04"]);
        hosts[2] = Host("pi-04", hosts[2].Facts, MicroK8sRole.Worker, address: "10.0.0.44");

        Assert.Equal(["pi-01", "pi-02"], ClusterAnalysis.Analyse(hosts).Members.Order());
    }

    [Fact]
    public void The_first_control_plane_that_is_running_and_ready_issues()
    {
        var nodes = new List<ClusterNode> { Node("pi-01", ready: false), Node("pi-02"), Node("pi-03") };
        var datastore = new List<DatastoreMember> { Voter("pi-01"), Voter("pi-02"), Voter("pi-03") };
        var stopped = ControlPlane([], datastore) with { Running = false };
        string[] everyone = ["pi-01", "pi-02", "pi-03"];

        var picture = ClusterAnalysis.Analyse(
        [
            Host("pi-01", Prepared("pi-01", everyone, stopped)),
            Host("pi-02", Prepared("pi-02", everyone, ControlPlane(nodes, datastore))),
            Host("pi-03", Prepared("pi-03", everyone, ControlPlane(nodes, datastore))),
        ]);

        Assert.Equal("pi-02", picture.Issuer?.Name);
        Assert.Equal(["pi-01", "pi-02", "pi-03"], picture.Members.Order());
    }

    [Fact]
    public void A_cluster_with_no_running_control_plane_is_blocked()
    {
        string[] everyone = ["pi-01", "pi-02"];
        var stopped = ControlPlane([], [Voter("pi-01"), Voter("pi-02")]) with { Running = false };

        var picture = ClusterAnalysis.Analyse([Host("pi-01", Prepared("pi-01", everyone, stopped)), Host("pi-02", Prepared("pi-02", everyone, stopped))]);

        Assert.True(picture.Formed);
        Assert.Null(picture.Issuer);
        Assert.Equal(
            "no control plane of the cluster (pi-01, pi-02) is running and Ready, so nothing can join it: start MicroK8s on one (`sudo microk8s start`) and re-run",
            picture.Blocked);
    }

    [Fact]
    public void Without_a_cluster_an_unreachable_first_control_plane_blocks_every_join()
    {
        var picture = ClusterAnalysis.Analyse([Host("pi-01", null), Host("pi-02", Fresh())]);

        Assert.Null(picture.Issuer);
        Assert.Equal("no cluster exists yet and pi-01, the first control plane in the inventory, which forms it, does not answer: bring it up and re-run", picture.Blocked);
        Assert.Empty(picture.Problems);
    }

    [Fact]
    public void Knowing_another_node_one_sided_is_not_membership()
    {
        // pi-01's datastore still lists pi-02, but pi-02 runs on its own and lists nobody
        var pi01 = ControlPlane([Node("pi-01")], [Voter("pi-01"), Voter("pi-02")]);

        var picture = ClusterAnalysis.Analyse([Host("pi-01", Prepared("pi-01", [], pi01)), Host("pi-02", Prepared("pi-02", [], SingleNode("pi-02")))]);

        Assert.Equal(["pi-01"], picture.Members);
        Assert.Equal([Voter("pi-01"), Voter("pi-02")], picture.Datastore);
    }

    [Fact]
    public void Two_clusters_are_refused()
    {
        var picture = ClusterAnalysis.Analyse([.. Formed(["pi-01", "pi-02"]), .. Formed(["pi-03", "pi-04"])]);

        Assert.Null(picture.Issuer);
        Assert.Empty(picture.Members);
        Assert.Equal(
            [
                "the inventory's hosts are in 2 different MicroK8s clusters (pi-01, pi-02; pi-03, pi-04) and PiCluster never merges clusters: "
                + "run `sudo microk8s leave` on each node of all but one of them, or take those hosts out of the inventory",
            ],
            picture.Problems);
    }

    [Fact]
    public void An_inventory_of_workers_only_is_refused()
    {
        var picture = ClusterAnalysis.Analyse([Host("pi-04", Fresh(), MicroK8sRole.Worker), Host("pi-05", Fresh(), MicroK8sRole.Worker)]);

        Assert.Equal(["the inventory has no control plane: leave picluster_role unset (or controlplane) on at least one host, three for high availability"], picture.Problems);
    }
}
