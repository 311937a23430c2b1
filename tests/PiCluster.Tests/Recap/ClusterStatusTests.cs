using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Recap;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Recap;

/// <summary>`status` shows the cluster from the same facts and plan as `up`, and names every difference from the inventory.</summary>
public sealed class ClusterStatusTests
{
    [Fact]
    public void A_member_marked_absent_is_drift_until_up_removes_it_and_then_is_none()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"], new AddonState("dns", "core", true));
        hosts[3] = hosts[3] with { Spec = hosts[3].Spec with { Absent = true } };
        var gone = Formed(["pi-01", "pi-02", "pi-03"], null, new AddonState("dns", "core", true));
        gone.Add(hosts[3] with { Facts = Fresh() with { Hostname = "pi-04" } });

        var before = ClusterStatus.From(new UpPlanner(false).Plan(hosts));
        var after = ClusterStatus.From(new UpPlanner(false).Plan(gone));

        Assert.Contains("pi-04 is marked absent and is still in the cluster: `picluster up` removes it", before.Drift);
        Assert.DoesNotContain(after.Drift, d => d.Contains("in the inventory but not in the cluster", StringComparison.Ordinal));
    }

    [Fact]
    public void A_converged_cluster_is_as_the_inventory_says()
    {
        var status = ClusterStatus.From(new UpPlanner(false).Plan(Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"], new AddonState("dns", "core", true))));

        Assert.True(status.AsTheInventorySays);
        Assert.Equal(
            [
                new NodeSummary("pi-01", "10.0.0.11", true, true, "1.35/stable", "v1.35.0", true),
                new NodeSummary("pi-02", "10.0.0.12", true, true, "1.35/stable", "v1.35.0", true),
                new NodeSummary("pi-03", "10.0.0.13", true, true, "1.35/stable", "v1.35.0", true),
                new NodeSummary("pi-04", "10.0.0.14", false, true, "1.35/stable", "v1.35.0", true),
            ],
            status.Cluster.Nodes);
        Assert.True(status.Cluster.HighlyAvailable);
        Assert.Equal(["dns"], status.Cluster.Addons);
        Assert.Equal("https://10.0.0.11:16443", status.Cluster.ApiEndpoint);
    }

    [Fact]
    public void Names_every_difference_from_the_inventory()
    {
        var hosts = Formed(["pi-01", "pi-02"]);
        hosts[1] = hosts[1] with { Facts = hosts[1].Facts! with { MicroK8s = hosts[1].MicroK8s! with { Channel = "1.34/stable" } } };
        var plan = new UpPlanner(false).Plan([.. hosts, Host("pi-03", null), Host("pi-04", Fresh())]);

        var status = ClusterStatus.From(plan);

        Assert.False(status.AsTheInventorySays);
        Assert.Equal("1.34/stable", status.Cluster.Nodes[1].Channel);
        Assert.Equal(
            [
                "pi-03 does not answer: cannot connect to 10.0.0.13:22 (timed out)",
                "pi-04 is in the inventory but not in the cluster",
                "pi-02 tracks microk8s 1.34/stable, the inventory asks for 1.35/stable: `up` does not change the version of a node; "
                    + "`picluster upgrade` moves the nodes one at a time, one minor at a time",
                "`picluster up` would make 11 changes on 3 hosts (`picluster plan` lists them)",
            ],
            status.Drift);
    }

    [Fact]
    public void Fresh_pis_have_no_cluster_yet()
    {
        var status = ClusterStatus.From(new UpPlanner(false).Plan([Host("pi-01", Fresh()), Host("pi-02", Fresh())]));

        Assert.Empty(status.Cluster.Nodes);
        Assert.Null(status.Cluster.ApiEndpoint);
        Assert.Equal("there is no cluster yet: `picluster up` forms it", status.Drift[0]);
        Assert.Equal("pi-02 is in the inventory but not in the cluster", status.Drift[1]);
    }
}
