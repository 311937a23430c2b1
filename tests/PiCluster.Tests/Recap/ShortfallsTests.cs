using PiCluster.Planning;
using PiCluster.Recap;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Recap;

/// <summary>After `up`, the facts read again name every selected Pi the cluster lacks, except those the recap shows failed.</summary>
public sealed class ShortfallsTests
{
    static (ClusterSummary Cluster, IReadOnlyList<string> Shortfalls) After(List<ClusterHost> hosts, params HostRecap[] recap)
    {
        var cluster = ClusterSummary.From(ClusterAnalysis.Analyse(hosts), hosts);
        return (cluster, Shortfalls.Of(hosts, cluster, recap));
    }

    static HostRecap Failed(string host) => new(host, 0, 0, false, 1, 0, TimeSpan.Zero, ["it failed"]);

    [Fact]
    public void A_cluster_as_the_inventory_says_falls_short_in_nothing()
    {
        Assert.Empty(After(Formed(["pi-01", "pi-02", "pi-03"])).Shortfalls);
    }

    [Fact]
    public void With_the_first_pi_off_the_others_still_show_the_cluster_and_only_that_pi_falls_short()
    {
        // Given pi-01, which issued the tokens, lost power after the others joined
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]);
        hosts[0] = hosts[0] with { Facts = null, Unreachable = "cannot connect to 10.0.0.11:22 (timed out)" };

        // When
        var (cluster, shortfalls) = After(hosts);

        // Then
        Assert.Equal(3, cluster.Nodes.Count);
        Assert.Equal(["pi-01 does not answer at the end of the run: cannot connect to 10.0.0.11:22 (timed out)"], shortfalls);
    }

    [Fact]
    public void A_pi_the_cluster_lists_not_ready_falls_short_unless_the_recap_shows_it_failed()
    {
        // Given pi-03 is listed NotReady by the others
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]);
        hosts = [.. hosts.Select(h => h with
        {
            Facts = h.Facts! with { MicroK8s = h.MicroK8s! with { Nodes = [Node("pi-01"), Node("pi-02"), Node("pi-03", ready: false)] } },
        })];

        // Then
        Assert.Equal(["pi-03 is not a Ready node of the cluster at 10.0.0.13 at the end of the run"], After(hosts).Shortfalls);
        Assert.Empty(After(hosts, Failed("pi-03")).Shortfalls);
    }
}
