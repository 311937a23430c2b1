namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster inventory` prints what ansible-inventory prints for the same file.</summary>
public sealed class InventoryCommandTests
{
    [Fact]
    public async Task Inventory_list_and_graph_match_ansible_inventory_on_the_lab_inventory()
    {
        await using var lab = await TestLab.StartAsync(3);

        var ours = await lab.ToolAsync(["inventory", "list", "-i", lab.Inventory]);
        var theirs = await ProcessResult.RunAsync("ansible-inventory", ["-i", lab.Inventory, "--list"]);
        var ourGraph = await lab.ToolAsync(["inventory", "graph", "-i", lab.Inventory]);
        var theirGraph = await ProcessResult.RunAsync("ansible-inventory", ["-i", lab.Inventory, "--graph"]);

        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(theirs.StdOut.TrimEnd(), ours.StdOut.TrimEnd());
        Assert.Equal(theirGraph.StdOut.TrimEnd(), ourGraph.StdOut.TrimEnd());
    }

    [Fact]
    public async Task A_mistyped_connection_variable_is_named_with_its_place_and_the_fix()
    {
        await using var lab = await TestLab.StartAsync(1);
        var inventory = lab.WriteInventory("typo.yaml", "ansible_hots: 10.0.0.1");

        var ping = await lab.ToolAsync(["ping", "-i", inventory]);

        Assert.Equal(1, ping.ExitCode);
        Assert.Matches(@"error: .*typo\.yaml:\d+:\d+: .*ansible_hots.*ansible_host", ping.StdErr);
        Assert.DoesNotContain("   at ", ping.StdErr);
    }
}
