namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster reset`: the cluster's name typed back, then every Pi leaves and loses MicroK8s; `up` builds a new cluster.</summary>
public sealed class ResetTests
{
    static readonly string[] Everyone = ["pi-01", "pi-02", "pi-03", "pi-04"];

    [Fact]
    public async Task Reset_asks_for_the_clusters_name_takes_microk8s_off_every_pi_and_up_builds_a_new_cluster()
    {
        // Given
        await using var lab = await TestLab.StartAsync(4);
        Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        await File.WriteAllTextAsync(Path.Combine(lab.Dir, "host_vars", "pi-04.yml"), "picluster_role: worker\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02", "pi-03", "pi-04");

        // When the wrong name is typed
        var wrong = await lab.ToolAsync(["reset", "-i", lab.Inventory], stdin: "home\n");

        // Then nothing changes
        Assert.True(wrong.ExitCode == 1, wrong.ToString());
        Assert.Contains("Type the cluster's name (picluster) to go on:", wrong.StdErr, StringComparison.Ordinal);
        Assert.Contains("'home' is not picluster: nothing was changed (--yes resets without asking)", wrong.StdErr, StringComparison.Ordinal);
        Assert.All(Everyone, pi => Assert.All(logs.NewSimCalls(pi), call => Assert.Contains(call, NodeLogs.Queries)));

        // When the name is typed
        var reset = new UpOutput(await lab.ToolAsync(["reset", "-i", lab.Inventory], stdin: "picluster\n"));

        // Then workers leave first, the control planes one at a time, and the first control plane last
        Assert.True(reset.ExitCode == 0, reset.ToString());
        Assert.Equal(["pi-04", "pi-02", "pi-03", "pi-01"], reset.Applied.Where(a => a.Step.StartsWith("snap remove", StringComparison.Ordinal)).Select(a => a.Host));
        foreach (var pi in Everyone)
            Assert.NotEqual(0, (await lab.SshAsync(pi, "snap list microk8s")).ExitCode);

        var again = new UpOutput(await lab.ToolAsync(["reset", "-i", lab.Inventory, "--yes"]));
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Empty(again.Applied);

        var up = await lab.UpAsync(lab.Inventory);
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.StartsWith("Cluster: 4 of 4 nodes Ready, 3 control planes, high availability: yes", up.ClusterLine);
    }
}
