using PiCluster.Ansible;
using PiCluster.Remote;
using PiCluster.Run;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Run;

public sealed class RunScopeTests
{
    /// <summary>A home-lab inventory that holds more than the Pis: the control machine, run locally, beside the edge group.</summary>
    const string Mixed = """
        all:
          hosts:
            localhost:
              ansible_connection: local
          children:
            edge:
              hosts:
                pi-01:
                  ansible_host: 10.0.0.11
                pi-02:
                  ansible_host: 10.0.0.12
        """;

    static RunScope Resolve(string file, string? limit) => RunScope.Resolve([file], limit, 10, new ConnectionDefaults(), null);

    [Fact]
    public void A_limit_to_the_pis_leaves_a_host_picluster_cannot_reach_alone_and_out_of_every_peer()
    {
        using var dir = new TempDir();

        var scope = Resolve(dir.Write("hosts.yaml", Mixed), "edge");

        Assert.Equal(["pi-01", "pi-02"], scope.Targets.Select(t => t.Name));
        Assert.Equal(["pi-01", "pi-02"], scope.Everyone.Select(t => t.Name));
    }

    [Fact]
    public void Without_a_limit_the_refusal_names_the_limit_that_leaves_such_hosts_out()
    {
        using var dir = new TempDir();
        var file = dir.Write("hosts.yaml", Mixed);

        var error = Assert.Throws<InventoryException>(() => Resolve(file, null));

        Assert.Equal($"{file}:4:27: ansible_connection is 'local', but PiCluster accepts only ssh, smart, paramiko. Set ansible_connection to ssh or remove it; "
            + "or leave localhost out of the run: --limit 'edge'", error.Message);
    }

    [Fact]
    public void Without_a_group_of_the_usable_hosts_the_limit_takes_the_others_out_of_all()
    {
        using var dir = new TempDir();
        var file = dir.Write("hosts.ini", "localhost ansible_connection=local\npi-01 ansible_host=10.0.0.11\nnas ansible_connection=winrm\n");

        var error = Assert.Throws<InventoryException>(() => Resolve(file, null));

        Assert.EndsWith("or leave localhost, nas out of the run: --limit 'all:!localhost:!nas'", error.Message);
    }

    [Fact]
    public void A_selected_host_picluster_cannot_reach_is_refused_as_before()
    {
        using var dir = new TempDir();
        var file = dir.Write("hosts.yaml", Mixed);

        var error = Assert.Throws<InventoryException>(() => Resolve(file, "localhost"));

        Assert.EndsWith("Set ansible_connection to ssh or remove it", error.Message);
    }
}
