using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`--limit` bounds whom PiCluster connects to, as in Ansible: the selected hosts, and the cluster's control planes
/// outside it that the run needs, named in the plan; a host of another group is never reached.</summary>
public sealed class LimitTests
{
    /// <summary>The lab's inventory with pi-05 moved from group edge to a group nas of its own, as a NAS in the same inventory.</summary>
    static string WithNas(TestLab lab)
    {
        var text = File.ReadAllText(lab.Inventory);
        var block = Regex.Match(text, @"        pi-05:\n(          .*\n)+");
        var path = Path.Combine(lab.Dir, "with-nas.yaml");
        File.WriteAllText(path, text.Remove(block.Index, block.Length) + "    nas:\n      hosts:\n" + block.Value);
        return path;
    }

    [Fact]
    public async Task Up_and_plan_with_a_limit_never_reach_a_host_of_another_group_and_name_the_control_planes_they_read()
    {
        // Given five Pis, four in edge and one in nas
        await using var lab = await TestLab.StartAsync(5);
        var inventory = WithNas(lab);

        // When edge is built, then one of its Pis alone is planned
        var up = await lab.UpAsync(inventory, "--limit", "edge");
        var plan = await lab.PlanAsync(inventory, "--limit", "pi-04");
        var planJson = await lab.ToolAsync(["plan", "-i", inventory, "--limit", "pi-04", "-o", "json"]);

        // Then the NAS never got a command; the plan of pi-04 read the three other control planes and said so
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(["pi-01", "pi-02", "pi-03", "pi-04"], (await lab.NodesAsync("pi-01")).Select(n => n.Name).Order());
        Assert.Empty(lab.SshCommands("pi-05"));
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("outside --limit, also reached: pi-01, pi-02, pi-03 (the cluster's control planes: read, and asked for join tokens when a Pi joins)", plan.Result.StdOut);
        Assert.Contains("Nothing to change", plan.Result.StdOut);
        Assert.Contains("\"outside_limit\": [\n    \"pi-01\",\n    \"pi-02\",\n    \"pi-03\"\n  ]", planJson.StdOut);
        Assert.Empty(lab.SshCommands("pi-05"));
    }
}
