using PiCluster.Facts;

namespace PiCluster.Tests.Facts;

public sealed class MicroK8sTests
{
    static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "microk8s", name));

    [Fact]
    public void Reads_every_addon_of_the_short_status_with_its_repository()
    {
        Assert.Equal(
            [
                new AddonState("dns", "core", true), new AddonState("ha-cluster", "core", true), new AddonState("helm3", "core", true),
                new AddonState("rook-ceph", "core", true), new AddonState("argocd", "community", false), new AddonState("metallb", "core", false),
            ],
            MicroK8sOutput.ParseAddons(Sample("status-ha.txt")));
        Assert.True(MicroK8sOutput.ParseRunning(Sample("status-ha.txt")));
    }

    [Fact]
    public void Reads_the_reference_short_status_sample()
    {
        var status = "microk8s is running\naddons:\ncore/dns: enabled\ncore/cert-manager: disabled\n";

        Assert.Equal([new AddonState("dns", "core", true), new AddonState("cert-manager", "core", false)], MicroK8sOutput.ParseAddons(status));
        Assert.True(MicroK8sOutput.ParseRunning(status));
    }

    [Theory]
    [InlineData("status-stopped.txt")]
    [InlineData("")]
    public void A_node_that_is_not_ready_lists_no_addons_and_is_not_running(string sample)
    {
        var status = sample.Length > 0 ? Sample(sample) : "microk8s is not running, try microk8s start\n";

        Assert.Empty(MicroK8sOutput.ParseAddons(status));
        Assert.False(MicroK8sOutput.ParseRunning(status));
    }

    [Fact]
    public void The_status_it_reads_is_the_short_one_which_does_not_wait_for_dqlite()
    {
        Assert.Equal("status --format short", MicroK8sOutput.StatusArgs);
        Assert.Contains("/snap/bin/microk8s status --format short", FactsProbe.Script(new ProbeScope(Storage: false, CephMaps: false)), StringComparison.Ordinal);
        Assert.DoesNotContain("--format yaml", FactsProbe.Script(new ProbeScope(Storage: true, CephMaps: true)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s kubectl on the master.")]
    [InlineData("microk8s is not running, try microk8s start")]
    [InlineData("""{"apiVersion": "v1", "kind": "List"}""")]
    [InlineData("""{"items": 5}""")]
    [InlineData("""{"items": [{"status": {}}]}""")]
    [InlineData("""{"items": [{"metadata": {"name": "pi-01"}, "status": {"addresses": []""")]
    public void Output_that_is_not_the_node_list_reads_as_no_nodes(string output)
    {
        Assert.Empty(MicroK8sOutput.ParseNodes(output));
    }

    [Fact]
    public void Reads_nodes_by_internal_ip_readiness_control_plane_label_version_and_cordon()
    {
        var json = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"metadata": {"name": "pi-01", "labels": {"node.kubernetes.io/microk8s-controlplane": "microk8s-controlplane"}},
               "status": {"addresses": [{"type": "Hostname", "address": "pi-01"}, {"type": "InternalIP", "address": "10.0.0.11"}],
                          "conditions": [{"type": "Ready", "status": "True"}], "nodeInfo": {"kubeletVersion": "v1.33.5"}}},
              {"metadata": {"name": "pi-04", "labels": {"node.kubernetes.io/microk8s-worker": "microk8s-worker"}},
               "spec": {"unschedulable": true},
               "status": {"addresses": [{"type": "InternalIP", "address": "10.0.0.14"}], "nodeInfo": {"kubeletVersion": "v1.32.9"},
                          "conditions": [{"type": "Ready", "status": "Unknown", "reason": "NodeStatusUnknown"}]}},
              {"metadata": {"name": "pi-05"}, "status": {}}
            ]}
            """;

        Assert.Equal(
            [
                new ClusterNode("pi-01", "10.0.0.11", true, true) { Version = "v1.33.5" },
                new ClusterNode("pi-04", "10.0.0.14", false, false) { Version = "v1.32.9", Cordoned = true },
                new ClusterNode("pi-05", null, false, false),
            ],
            MicroK8sOutput.ParseNodes(json));
    }

    [Fact]
    public void Reads_datastore_roles_by_name()
    {
        var yaml = "- Address: 10.0.0.11:19001\n  ID: 1\n  Role: 0\n- Address: 10.0.0.12:19001\n  ID: 2\n  Role: 1\n- Address: 10.0.0.13:19001\n  ID: 3\n  Role: 2\n";

        Assert.Equal(
            [new DatastoreMember("10.0.0.11:19001", "voter"), new DatastoreMember("10.0.0.12:19001", "standby"), new DatastoreMember("10.0.0.13:19001", "spare")],
            MicroK8sOutput.ParseDatastore(yaml));
    }
}
