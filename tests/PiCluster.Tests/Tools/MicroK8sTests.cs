using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Tests.Tools;

public sealed class MicroK8sCommandsTests
{
    const string Token = "92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05";

    static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "microk8s", name));

    [Fact]
    public void Installs_the_classic_snap_on_the_channel_after_seeding()
    {
        Assert.Equal("snap wait system seed.loaded && snap install microk8s --classic --channel=1.35/stable", MicroK8s.Install("1.35/stable"));
    }

    [Fact]
    public void Holds_refreshes()
    {
        Assert.Equal("snap refresh --hold microk8s", MicroK8s.Hold);
    }

    [Fact]
    public void Adds_the_user_to_the_microk8s_group()
    {
        Assert.Equal("usermod -a -G microk8s ubuntu", MicroK8s.AddToGroup("ubuntu"));
    }

    [Fact]
    public void Waits_for_ready_with_a_timeout_in_whole_seconds()
    {
        Assert.Equal("/snap/bin/microk8s status --wait-ready --timeout 300", MicroK8s.WaitReady(TimeSpan.FromSeconds(300)));
        Assert.Equal("/snap/bin/microk8s status --wait-ready --timeout 90", MicroK8s.WaitReady(TimeSpan.FromSeconds(90.7)));
    }

    [Fact]
    public void Issues_its_own_token_with_a_lifetime_as_json()
    {
        Assert.Equal("/snap/bin/microk8s add-node --token 0123456789abcdef0123456789abcdef --token-ttl 600 --format json",
            MicroK8s.AddNode("0123456789abcdef0123456789abcdef", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Joins_control_planes_without_a_flag()
    {
        Assert.Equal($"/snap/bin/microk8s join 10.0.0.11:25000/{Token}", MicroK8s.Join($"10.0.0.11:25000/{Token}", worker: false));
    }

    [Fact]
    public void Joins_workers_with_the_worker_flag()
    {
        Assert.Equal($"/snap/bin/microk8s join 10.0.0.11:25000/{Token} --worker", MicroK8s.Join($"10.0.0.11:25000/{Token}", worker: true));
    }

    [Fact]
    public void Removes_a_node_by_force()
    {
        Assert.Equal("/snap/bin/microk8s remove-node 10.0.0.13 --force", MicroK8s.RemoveNode("10.0.0.13", force: true));
    }

    [Fact]
    public void Enables_an_addon_with_its_arguments_as_one_word()
    {
        Assert.Equal("/snap/bin/microk8s enable dns", MicroK8s.Enable("dns"));
        Assert.Equal("/snap/bin/microk8s enable core/metallb:10.0.0.240-10.0.0.250", MicroK8s.Enable("core/metallb:10.0.0.240-10.0.0.250"));
    }

    [Fact]
    public void Lists_nodes_as_json()
    {
        Assert.Equal("/snap/bin/microk8s kubectl get nodes -o json", MicroK8s.Nodes);
    }

    [Fact]
    public void Values_with_shell_metacharacters_stay_one_quoted_word()
    {
        Assert.Equal("/snap/bin/microk8s enable 'dns:1.1.1.1 $(reboot)'", MicroK8s.Enable(AddonSpec.Parse("dns:1.1.1.1 $(reboot)", null).Text));
        Assert.Equal(@"/snap/bin/microk8s enable 'dns:it'\''s;rm -rf /'", MicroK8s.Enable(AddonSpec.Parse("dns:it's;rm -rf /", null).Text));
        Assert.Equal("usermod -a -G microk8s 'pi user;reboot'", MicroK8s.AddToGroup("pi user;reboot"));
        Assert.Equal("snap wait system seed.loaded && snap install microk8s --classic '--channel=1.35/stable && reboot'",
            MicroK8s.Install("1.35/stable && reboot"));
        Assert.Equal("/snap/bin/microk8s join '10.0.0.11:25000/`reboot`' --worker", MicroK8s.Join("10.0.0.11:25000/`reboot`", worker: true));
        Assert.Equal("/snap/bin/microk8s remove-node 'pi-03|reboot' --force", MicroK8s.RemoveNode("pi-03|reboot", force: true));
    }

    [Fact]
    public void Joins_the_issuer_at_its_inventory_address_with_the_port_and_token_add_node_printed()
    {
        Assert.Equal($"10.0.0.11:25000/{Token}", MicroK8s.JoinUrl(Sample("add-node.json"), "10.0.0.11"));
    }

    [Fact]
    public void Keeps_a_cluster_agent_port_other_than_the_default()
    {
        var json = $$"""{"token": "{{Token}}", "urls": ["192.168.1.230:25001/{{Token}}"]}""";

        Assert.Equal($"10.0.0.11:25001/{Token}", MicroK8s.JoinUrl(json, "10.0.0.11"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("From the node you wish to join to this cluster, run the following:\nmicrok8s join 192.168.1.230:25000/92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05\n")]
    [InlineData("This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s add-node on the master.")]
    [InlineData("token: 92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05\nurls:\n- 192.168.1.230:25000/92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05\n")]
    [InlineData("""{"urls": []}""")]
    [InlineData("""{"token": null, "urls": []}""")]
    [InlineData("""{"token": 5, "urls": []}""")]
    [InlineData("""["92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05"]""")]
    public void Anything_but_add_node_json_gives_no_url(string output)
    {
        Assert.Null(MicroK8s.JoinUrl(output, "10.0.0.11"));
    }
}
