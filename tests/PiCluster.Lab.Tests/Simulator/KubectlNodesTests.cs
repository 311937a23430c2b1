using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s kubectl get nodes -o json` after joins (reference §2.7), seen over plain ssh.</summary>
public sealed class KubectlNodesTests
{
    const string ControlPlaneLabel = "node.kubernetes.io/microk8s-controlplane";
    const string WorkerLabel = "node.kubernetes.io/microk8s-worker";

    static async Task<JsonElement[]> NodesAsync(TestLab lab, string node = "pi-01")
    {
        using var json = JsonDocument.Parse(await lab.SshOkAsync(node, "sudo microk8s kubectl get nodes -o json"));
        Assert.Equal("List", json.RootElement.GetProperty("kind").GetString());
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone())];
    }

    static string Name(JsonElement node) => node.GetProperty("metadata").GetProperty("name").GetString()!;

    static string? Label(JsonElement node, string label) =>
        node.GetProperty("metadata").GetProperty("labels").TryGetProperty(label, out var value) ? value.GetString() : null;

    static string Address(JsonElement node, string type) =>
        node.GetProperty("status").GetProperty("addresses").EnumerateArray().Single(a => a.GetProperty("type").GetString() == type)
            .GetProperty("address").GetString()!;

    static JsonElement Ready(JsonElement node) =>
        node.GetProperty("status").GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "Ready");

    static async Task<TestLab> ClusterAsync()
    {
        var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.JoinOkAsync("pi-03", "pi-01", "--worker");
        return lab;
    }

    [Fact]
    public async Task Lists_every_node_by_its_hostname_with_its_internal_ip()
    {
        await using var lab = await ClusterAsync();

        var nodes = await NodesAsync(lab);

        Assert.Equal(["pi-01", "pi-02", "pi-03"], nodes.Select(Name).Order());
        Assert.All(nodes, n => Assert.Equal(lab.Address(Name(n)), Address(n, "InternalIP")));
        Assert.All(nodes, n => Assert.Equal(Name(n), Address(n, "Hostname")));
    }

    [Fact]
    public async Task Control_plane_nodes_and_workers_carry_their_microk8s_labels_only()
    {
        await using var lab = await ClusterAsync();

        var nodes = (await NodesAsync(lab)).ToDictionary(Name);

        Assert.Equal("microk8s-controlplane", Label(nodes["pi-01"], ControlPlaneLabel));
        Assert.Equal("microk8s-controlplane", Label(nodes["pi-02"], ControlPlaneLabel));
        Assert.Equal("microk8s-worker", Label(nodes["pi-03"], WorkerLabel));
        Assert.Null(Label(nodes["pi-03"], ControlPlaneLabel));
        Assert.Null(Label(nodes["pi-01"], WorkerLabel));
        Assert.All(nodes.Values, n => Assert.DoesNotContain(n.GetProperty("metadata").GetProperty("labels").EnumerateObject(),
            l => l.Name.StartsWith("node-role.kubernetes.io/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_joined_node_is_ready()
    {
        await using var lab = await ClusterAsync();

        var nodes = await NodesAsync(lab);

        Assert.All(nodes, n => Assert.Equal(("True", "KubeletReady"),
            (Ready(n).GetProperty("status").GetString(), Ready(n).GetProperty("reason").GetString())));
    }

    [Fact]
    public async Task The_other_control_plane_node_sees_the_same_nodes()
    {
        await using var lab = await ClusterAsync();

        var nodes = await NodesAsync(lab, "pi-02");

        Assert.Equal(["pi-01", "pi-02", "pi-03"], nodes.Select(Name).Order());
    }

    [Fact]
    public async Task A_stopped_node_turns_ready_unknown()
    {
        await using var lab = await ClusterAsync();
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "stop-node", "pi-03"])).ExitCode);

        var nodes = (await NodesAsync(lab)).ToDictionary(Name);

        var ready = Ready(nodes["pi-03"]);
        Assert.Equal(("Unknown", "NodeStatusUnknown", "Kubelet stopped posting node status."),
            (ready.GetProperty("status").GetString(), ready.GetProperty("reason").GetString(), ready.GetProperty("message").GetString()));
        Assert.Equal("True", Ready(nodes["pi-02"]).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Roles_show_none_for_every_node_in_the_table()
    {
        await using var lab = await ClusterAsync();

        var table = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes");

        var rows = table.TrimEnd('\n').Split('\n');
        Assert.Matches("^NAME +STATUS +ROLES +AGE +VERSION$", rows[0]);
        Assert.All(rows[1..], r => Assert.Matches("^pi-0[123] +Ready +<none> +\\S+ +v1\\.32\\.9$", r));
    }
}
