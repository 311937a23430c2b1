using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`plan` and `up` with `--output json`: one JSON document on stdout, for scripts.</summary>
public sealed class UpJsonTests
{
    static readonly string[] Pis = ["pi-01", "pi-02", "pi-03"];

    [Fact]
    public async Task Plan_as_json_lists_each_hosts_steps_and_the_joins_to_come()
    {
        // Given
        await using var lab = await TestLab.StartAsync(3);

        // When
        var plan = await lab.ToolAsync(["plan", "-i", lab.Inventory, "--output", "json"]);

        // Then
        Assert.True(plan.ExitCode == 0, plan.ToString());
        using var json = JsonDocument.Parse(plan.StdOut);
        var root = json.RootElement;
        Assert.Equal(["schema_version", "command", "problems", "warnings", "hosts", "cluster_steps", "cluster", "shortfalls", "interrupted", "versions", "outside_limit"], root.EnumerateObject().Select(p => p.Name));
        Assert.Empty(root.GetProperty("problems").EnumerateArray());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
        var hosts = root.GetProperty("hosts").EnumerateArray().ToList();
        Assert.Equal(Pis, hosts.Select(h => h.GetProperty("host").GetString()));
        foreach (var host in hosts)
        {
            var name = host.GetProperty("host").GetString()!;
            Assert.Equal(lab.Address(name), host.GetProperty("address").GetString());
            Assert.True(host.GetProperty("reachable").GetBoolean());
            Assert.Contains(("set_hostname", $"set hostname ubuntu → {name}", "planned"), Steps(host));
            Assert.Contains(("install_microk8s", "install microk8s 1.35/stable", "planned"), Steps(host));
            Assert.Contains("clock is synchronised", Strings(host, "passed"));
            Assert.Equal(JsonValueKind.Null, host.GetProperty("recap").ValueKind);
        }
        Assert.Equal(
            [("pi-02", "join_cluster", $"join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready", "planned"),
                ("pi-03", "join_cluster", $"join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready", "planned")],
            root.GetProperty("cluster_steps").EnumerateArray()
                .Select(s => (s.GetProperty("host").GetString(), s.GetProperty("kind").GetString(), s.GetProperty("description").GetString(), s.GetProperty("status").GetString())));
        var cluster = root.GetProperty("cluster");
        Assert.Empty(cluster.GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, cluster.GetProperty("api").ValueKind);
    }

    [Fact]
    public async Task Up_as_json_prints_only_json_on_stdout_with_each_hosts_recap_and_the_cluster_it_made()
    {
        // Given
        await using var lab = await TestLab.StartAsync(3);

        // When
        var up = await lab.ToolAsync(["up", "-i", lab.Inventory, "--output", "json"]);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        using var json = JsonDocument.Parse(up.StdOut);
        var root = json.RootElement;
        Assert.Equal(["schema_version", "command", "problems", "warnings", "hosts", "cluster_steps", "cluster", "shortfalls", "interrupted", "versions", "outside_limit"], root.EnumerateObject().Select(p => p.Name));
        Assert.Empty(root.GetProperty("shortfalls").EnumerateArray());
        Assert.False(root.GetProperty("interrupted").GetBoolean());
        Assert.All(root.GetProperty("versions").EnumerateArray(), v => Assert.Equal((null, "1.35/stable v1.35.0"),
            (v.GetProperty("microk8s_before").GetString(), v.GetProperty("microk8s_after").GetString())));
        Assert.Equal(Pis, root.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("host").GetString()));
        Assert.Contains($"pi-02  changed  join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready", up.StdErr);
        Assert.Equal(Pis, root.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("host").GetString()));
        Assert.Equal(["changed", "changed"], root.GetProperty("cluster_steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        foreach (var host in root.GetProperty("hosts").EnumerateArray())
        {
            Assert.All(host.GetProperty("steps").EnumerateArray(), step => Assert.Matches("^(ok|changed)$", step.GetProperty("status").GetString()));
            var recap = host.GetProperty("recap");
            Assert.True(recap.GetProperty("changed").GetInt32() > 0, host.ToString());
            Assert.Equal((false, 0, 0), (recap.GetProperty("unreachable").GetBoolean(), recap.GetProperty("failed").GetInt32(), recap.GetProperty("skipped").GetInt32()));
            Assert.Empty(recap.GetProperty("messages").EnumerateArray());
        }
        var cluster = root.GetProperty("cluster");
        Assert.Equal(Pis.Select(pi => ((string?)pi, (string?)lab.Address(pi), true, true)),
            cluster.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("name").GetString(), n.GetProperty("address").GetString(),
                n.GetProperty("ready").GetBoolean(), n.GetProperty("control_plane").GetBoolean())).OrderBy(n => n.Item1));
        Assert.Equal((3, 3, true, $"https://{lab.Address("pi-01")}:16443"),
            (cluster.GetProperty("ready_nodes").GetInt32(), cluster.GetProperty("control_planes").GetInt32(),
                cluster.GetProperty("high_availability").GetBoolean(), cluster.GetProperty("api").GetString()));
    }

    [Fact]
    public async Task Plan_as_json_of_a_formed_cluster_shows_its_nodes_and_no_steps()
    {
        // Given
        await using var lab = await ClusterLab.ClusterAsync(3);

        // When
        var plan = await lab.ToolAsync(["plan", "-i", lab.Inventory, "--output", "json"]);

        // Then
        Assert.True(plan.ExitCode == 0, plan.ToString());
        using var json = JsonDocument.Parse(plan.StdOut);
        var root = json.RootElement;
        Assert.Equal(Pis, root.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("host").GetString()));
        Assert.All(root.GetProperty("hosts").EnumerateArray(), host =>
        {
            Assert.Empty(host.GetProperty("steps").EnumerateArray());
            Assert.Contains("is in the cluster", Strings(host, "passed"));
        });
        Assert.Empty(root.GetProperty("cluster_steps").EnumerateArray());
        var cluster = root.GetProperty("cluster");
        Assert.Equal(Pis, cluster.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order());
        Assert.Equal((3, 3, true, $"https://{lab.Address("pi-01")}:16443"),
            (cluster.GetProperty("ready_nodes").GetInt32(), cluster.GetProperty("control_planes").GetInt32(),
                cluster.GetProperty("high_availability").GetBoolean(), cluster.GetProperty("api").GetString()));
    }

    [Fact]
    public async Task Up_as_json_marks_a_stopped_pi_unreachable_and_exits_2()
    {
        // Given
        await using var lab = await TestLab.StartAsync(2);
        await lab.LabAsync("stop-node", "pi-02");

        // When
        var up = await lab.ToolAsync(["up", "-i", lab.Inventory, "--output", "json"]);

        // Then
        Assert.True(up.ExitCode == 2, up.ToString());
        using var json = JsonDocument.Parse(up.StdOut);
        var stopped = json.RootElement.GetProperty("hosts")[1];
        Assert.Equal("pi-02", stopped.GetProperty("host").GetString());
        Assert.False(stopped.GetProperty("reachable").GetBoolean());
        Assert.Contains("refused the connection", stopped.GetProperty("error").GetString());
        Assert.True(stopped.GetProperty("recap").GetProperty("unreachable").GetBoolean());
        Assert.Equal(["pi-01"], json.RootElement.GetProperty("cluster").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Contains("Log: ", up.StdErr);
    }

    static IEnumerable<string?> Strings(JsonElement element, string name) => element.GetProperty(name).EnumerateArray().Select(e => e.GetString());

    static IEnumerable<(string?, string?, string?)> Steps(JsonElement host) =>
        host.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("description").GetString(), s.GetProperty("status").GetString()));
}
