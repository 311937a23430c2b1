using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster facts` reads what a fresh Pi and a MicroK8s node show.</summary>
public sealed class FactsTests
{
    [Fact]
    public async Task Facts_as_json_describe_fresh_pis_and_a_microk8s_node()
    {
        await using var lab = await TestLab.StartAsync(2, "--memory-cgroup-on", "pi-02");
        await lab.SshOkAsync("pi-02", "sudo snap install microk8s --classic --channel=1.32/stable && sudo microk8s status --wait-ready --timeout 60");

        var facts = await lab.ToolAsync(["facts", "-i", lab.Inventory, "--output", "json"]);

        Assert.True(facts.ExitCode == 0, facts.ToString());
        using var json = JsonDocument.Parse(facts.StdOut);
        var hosts = json.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("facts")).ToList();
        var fresh = hosts[0];
        Assert.Equal("ubuntu", fresh.GetProperty("hostname").GetString());
        Assert.Equal("aarch64", fresh.GetProperty("arch").GetString());
        Assert.Equal("24.04", fresh.GetProperty("os").GetProperty("version_id").GetString());
        Assert.Equal("Raspberry Pi 4 Model B Rev 1.4", fresh.GetProperty("model").GetString());
        Assert.False(fresh.GetProperty("memory_cgroup_active").GetBoolean());
        Assert.False(fresh.GetProperty("cmdline").GetProperty("has_memory_cgroup_flags").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("microk8s").ValueKind);
        var node = hosts[1].GetProperty("microk8s");
        Assert.Equal("1.32/stable", node.GetProperty("channel").GetString());
        Assert.Equal("control_plane", node.GetProperty("role").GetString());
        Assert.True(node.GetProperty("running").GetBoolean());
        Assert.True(node.GetProperty("nodes")[0].GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Facts_tell_the_control_plane_from_the_worker_and_show_the_cluster_it_sees()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        await lab.JoinOkAsync("pi-02", "pi-01", "--worker");

        var facts = await lab.ToolAsync(["facts", "-i", lab.Inventory]);

        Assert.True(facts.ExitCode == 0, facts.ToString());
        Assert.Matches(@"pi-01\s+pi-01\s+.*1\.32/stable \(v1\.32\.\d+, rev \d+\) control plane, running, 2 nodes \(2 Ready\)", facts.StdOut);
        Assert.Matches(@"pi-02\s+pi-02\s+.*1\.32/stable \(v1\.32\.\d+, rev \d+\) worker", facts.StdOut);
    }

    [Fact]
    public async Task Facts_as_a_table_show_the_memory_cgroup_and_microk8s_state()
    {
        await using var lab = await TestLab.StartAsync(1);

        var facts = await lab.ToolAsync(["facts", "-i", lab.Inventory]);

        Assert.True(facts.ExitCode == 0, facts.ToString());
        Assert.Matches(@"pi-01\s+ubuntu\s+Ubuntu 24\.04\.\d LTS\s+aarch64", facts.StdOut);
        Assert.Contains("off (flags missing)", facts.StdOut);
    }
}
