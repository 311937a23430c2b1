using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster status` shows the cluster as it is and how it differs from the inventory.</summary>
public sealed class StatusTests
{
    [Fact]
    public async Task Shows_the_nodes_and_then_a_new_pi_the_cluster_lacks()
    {
        // Given
        await using var lab = await ClusterLab.ClusterAsync(3);

        // When
        var settled = await lab.ToolAsync(["status", "-i", lab.Inventory]);
        await lab.AddPiAsync(4, "worker");
        var grown = await lab.ToolAsync(["status", "-i", lab.Inventory, "-o", "json"]);

        // Then
        Assert.True(settled.ExitCode == 0, settled.ToString());
        Assert.Matches($@"pi-02\s+{lab.Address("pi-02").Replace(".", @"\.", StringComparison.Ordinal)}\s+control plane\s+Ready\s+1\.35/stable\s+v1\.35\.\d+\s+yes", settled.StdOut);
        Assert.Contains($"Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes (3 datastore voters), API https://{lab.Address("pi-01")}:16443", settled.StdOut);
        Assert.Contains("As the inventory says.", settled.StdOut);

        Assert.True(grown.ExitCode == 2, grown.ToString());
        using var json = JsonDocument.Parse(grown.StdOut);
        Assert.Equal(3, json.RootElement.GetProperty("cluster").GetProperty("nodes").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("cluster").GetProperty("high_availability").GetBoolean());
        Assert.Equal(
            ["pi-04 is in the inventory but not in the cluster", "`picluster up` would make 12 changes on 4 hosts (`picluster plan` lists them)"],
            json.RootElement.GetProperty("drift").EnumerateArray().Select(d => d.GetString()));
    }
}
