using System.Text;

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
    public async Task An_inventory_that_holds_more_than_the_pis_is_listed_as_ansible_lists_it_and_a_run_on_it_names_the_limit()
    {
        // Given the lab's inventory with the control machine in it, run locally, as home-lab inventories have it
        await using var lab = await TestLab.StartAsync(2);
        var inventory = Path.Combine(lab.Dir, "mixed.yaml");
        File.WriteAllText(inventory, File.ReadAllText(lab.Inventory).Replace("  children:\n", "  hosts:\n    localhost:\n      ansible_connection: local\n  children:\n"));

        // When
        var ours = await lab.ToolAsync(["inventory", "list", "-i", inventory]);
        var theirs = await ProcessResult.RunAsync("ansible-inventory", ["-i", inventory, "--list"]);
        var everyone = await lab.ToolAsync(["ping", "-i", inventory]);
        var edge = await lab.ToolAsync(["ping", "-i", inventory, "--limit", "edge"]);

        // Then
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(theirs.StdOut.TrimEnd(), ours.StdOut.TrimEnd());
        Assert.Equal(1, everyone.ExitCode);
        Assert.EndsWith("ansible_connection is 'local', but PiCluster accepts only ssh, smart, paramiko. Set ansible_connection to ssh or remove it; "
            + "or leave localhost out of the run: --limit 'edge'\n", everyone.StdErr);
        Assert.True(edge.ExitCode == 0, edge.ToString());
    }

    [Theory]
    [InlineData("inventory list", "bomb.yaml", "11:14: the alias *a7 stands for 48,427,561 values")]
    [InlineData("inventory list", "deep.yaml", "3:205: the lists and mappings here are nested more than 200 deep")]
    [InlineData("ping", "escape.yaml", @"3:23: microk8s_channel '\u001b[2J\u001b]0;pwned\u0007' is not a snap channel")]
    [InlineData("inventory graph", "hosts.ini", @"2:1: the host name 'pi\u202e1' holds U+202E")]
    [InlineData("ping", "port.yaml", "4:21: ansible_port must be from 1 to 65535, got 65536")]
    [InlineData("inventory list", "/dev/zero", "/dev/zero is a character device, not a file")]
    public async Task A_hostile_inventory_ends_in_one_error_line_that_shows_it_escaped(string command, string name, string error)
    {
        var dir = Directory.CreateTempSubdirectory("picluster-hostile-").FullName;
        try
        {
            var bomb = new StringBuilder("all:\n  vars:\n    a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
            for (var i = 1; i < 9; i++)
                bomb.Append($"    a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
            File.WriteAllText(Path.Combine(dir, "bomb.yaml"), bomb.Append("  hosts:\n    pi1:\n").ToString());
            File.WriteAllText(Path.Combine(dir, "deep.yaml"), $"all:\n  vars:\n    x: {new string('[', 100_000)}{new string(']', 100_000)}\n  hosts:\n    pi1:\n");
            File.WriteAllText(Path.Combine(dir, "escape.yaml"), "all:\n  vars:\n    microk8s_channel: \"\\e[2J\\e]0;pwned\\a\"\n  hosts:\n    pi1:\n");
            File.WriteAllText(Path.Combine(dir, "hosts.ini"), "[edge]\npi\u202e1\n");
            File.WriteAllText(Path.Combine(dir, "port.yaml"), "all:\n  hosts:\n    pi1:\n      ansible_port: 65536\n");
            var inventory = Path.Combine(dir, name);

            var result = await ProcessResult.RunAsync(Repo.Launcher, [.. command.Split(' '), "-i", inventory],
                timeout: TimeSpan.FromMinutes(2), environment: new Dictionary<string, string?> { ["HOME"] = dir });

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"error: {(name.StartsWith('/') ? "" : inventory + ":")}{error}", result.StdErr);
            Assert.Single(result.StdErr.TrimEnd('\n').Split('\n'));
            Assert.DoesNotContain(result.StdErr, c => char.IsControl(c) && c != '\n');
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
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
