using PiCluster.Ansible;
using PiCluster.Planning;
using PiCluster.Run;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Run;

public sealed class ClusterPeersTests
{
    /// <summary>pi-01..pi-03 control planes and pi-04 a worker in group edge; a NAS in group storage; as a formed cluster.</summary>
    static List<ClusterHost> Inventory()
    {
        List<ClusterHost> hosts = [.. Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"])];
        hosts.Add(Host("pi-05", Fresh()));
        hosts.Add(Host("nas", null, address: "10.0.0.50"));
        return [.. hosts.Select(h => InGroups(h, h.Name == "nas" ? ["all", "storage"] : ["all", "edge"]))];
    }

    static ClusterHost InGroups(ClusterHost host, string[] groups) =>
        host with { Target = host.Target with { Host = new InventoryHost(host.Name, groups, new Dictionary<string, Variable>()) } };

    static string[] Peers(List<ClusterHost> hosts, params string[] selected)
    {
        var chosen = hosts.Where(h => selected.Contains(h.Name)).ToList();
        var specs = hosts.ToDictionary(h => h.Name, h => h.Spec);
        return [.. ClusterPeers.Of(chosen, [.. hosts.Select(h => h.Target)], specs).Select(t => t.Name)];
    }

    [Fact]
    public void A_running_control_plane_needs_the_other_control_planes_it_names_and_nothing_else() =>
        Assert.Equal(["pi-01", "pi-03"], Peers(Inventory(), "pi-02"));

    [Fact]
    public void A_fresh_pi_needs_the_control_planes_of_its_groups_where_its_cluster_must_be() =>
        Assert.Equal(["pi-01", "pi-02", "pi-03"], Peers(Inventory(), "pi-05"));

    [Fact]
    public void A_worker_cannot_see_its_cluster_so_it_needs_its_groups_control_planes_but_never_a_host_of_another_group() =>
        Assert.Equal(["pi-01", "pi-02", "pi-03", "pi-05"], Peers(Inventory(), "pi-04"));

    [Fact]
    public void The_whole_group_needs_nobody_outside_it() =>
        Assert.Empty(Peers(Inventory(), "pi-01", "pi-02", "pi-03", "pi-04", "pi-05"));

    [Fact]
    public void A_datastore_member_is_found_by_its_address_when_it_has_another_name()
    {
        var hosts = Inventory();
        hosts[2] = hosts[2] with { Target = hosts[2].Target with { Host = new InventoryHost("pi-3", ["all", "edge"], new Dictionary<string, Variable>()) } };

        Assert.Contains("pi-3", Peers(hosts, "pi-01"));
    }
}
