using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>Inventory values reach the Pis as data: a shell on a Pi never reads them, and values that cannot be data are refused first.</summary>
public sealed class UpInventoryValueTests
{
    const string Planted = "/home/ubuntu/planted";

    [Fact]
    public async Task An_addon_argument_full_of_shell_metacharacters_reaches_microk8s_as_one_word_and_runs_nothing()
    {
        // Given
        await using var lab = await TestLab.StartAsync(1);
        const string addon = $"hostpath-storage:x';touch {Planted}-quote;'$(touch {Planted}-dollar)`touch {Planted}-tick`;touch {Planted}-semicolon \"|touch {Planted}-pipe";
        var inventory = lab.WriteInventory("addons.yaml", $"microk8s_addons: ['{addon.Replace("'", "''", StringComparison.Ordinal)}']");

        // When
        var up = await lab.UpAsync(inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains($"changed enable addon {addon} (for the whole cluster)", up.AppliedSteps("pi-01"));
        Assert.Equal([$"microk8s enable {addon}"], lab.SimCalls("pi-01").Where(c => c.StartsWith("microk8s enable", StringComparison.Ordinal)));
        Assert.Equal(["microk8s", "enable", addon], await EnableArgvAsync(lab));
        Assert.Equal("", await lab.SshOkAsync("pi-01", $"ls -d {Planted}* /tmp/planted* 2>/dev/null || true"));
    }

    [Fact]
    public async Task A_host_name_that_is_no_hostname_is_refused_before_anything_changes()
    {
        // Given
        await using var lab = await TestLab.StartAsync(2);
        var inventory = Path.Combine(lab.Dir, "odd-name.yaml");
        File.WriteAllText(inventory, File.ReadAllText(lab.Inventory).Replace("pi-02:", $"'pi-02;touch {Planted}':", StringComparison.Ordinal));
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02");

        // When
        var up = await lab.UpAsync(inventory);

        // Then
        Assert.True(up.ExitCode == 1, up.ToString());
        Assert.StartsWith("Nothing was changed, because:\n", up.Result.StdOut);
        Assert.Contains($"  - pi-02;touch {Planted}: not usable as a hostname: name the inventory entry with lowercase letters, digits and '-' (at most 63), and keep its address in ansible_host\n",
            up.Result.StdOut);
        Assert.Empty(up.Applied);
        foreach (var pi in new[] { "pi-01", "pi-02" })
        {
            Assert.All(logs.NewSshCommands(pi), command => Assert.True(NodeLogs.IsFactsProbe(command), command));
            Assert.Equal("ubuntu", (await lab.SshOkAsync(pi, "hostname")).Trim());
            Assert.Equal("", await lab.SshOkAsync(pi, $"ls -d {Planted}* 2>/dev/null || true"));
        }
    }

    [Fact]
    public async Task A_channel_with_a_shell_command_in_it_is_refused_before_any_pi_is_contacted()
    {
        // Given
        await using var lab = await TestLab.StartAsync(1);
        var inventory = lab.WriteInventory("channel.yaml", $"microk8s_channel: '1.35/stable;touch {Planted}'");
        var logs = NodeLogs.Mark(lab, "pi-01");

        // When
        var up = await lab.UpAsync(inventory);

        // Then
        Assert.True(up.ExitCode == 1, up.ToString());
        Assert.Matches($@"^error: {Regex.Escape(inventory)}:\d+:\d+: microk8s_channel '1\.35/stable;touch {Planted}' is not a snap channel\. Write track/risk, e\.g\. 1\.35/stable\n$",
            up.Result.StdErr);
        Assert.Empty(logs.NewSshCommands("pi-01"));
    }

    /// <summary>The argv the simulator received for `microk8s enable`, element by element, from its own log.</summary>
    static async Task<string[]> EnableArgvAsync(TestLab lab)
    {
        var line = (await File.ReadAllLinesAsync(lab.NodeFile("pi-01", "sim-calls.log"))).Single(l => l.Contains("\"enable\"", StringComparison.Ordinal));
        using var call = System.Text.Json.JsonDocument.Parse(line);
        return [.. call.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!)];
    }
}
