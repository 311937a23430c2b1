using System.Text.RegularExpressions;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster up` when a join fails, and when a re-flashed Pi is still listed in the cluster's datastore.</summary>
public sealed class UpFailureTests
{
    [Theory]
    [InlineData("invalid-token", "pi-02: pi-01 refused the join token as unknown or expired (a failed join burns a token): check that the clocks of pi-02 and pi-01 agree, then re-run")]
    [InlineData("connection-refused", "pi-02: pi-02 cannot reach the cluster agent of pi-01 at ADDRESS:25000: check that microk8s runs on pi-01 and no firewall blocks port 25000 (sudo ufw allow 25000/tcp), then re-run")]
    public async Task A_join_that_fails_once_is_one_line_naming_the_host_and_the_fix_and_the_next_up_joins_it(string fault, string message)
    {
        // Given
        await using var lab = await TestLab.StartAsync(3);
        await lab.LabAsync("fault", "pi-02", "add", "join", fault, "--times", "1");

        // When
        var up = await lab.UpAsync(lab.Inventory);
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 2, up.ToString());
        Assert.Equal([message.Replace("ADDRESS", lab.Address("pi-01"), StringComparison.Ordinal)], up.Messages("pi-02"));
        Assert.Equal(1, up.Recap["pi-02"].Failed);
        Assert.Contains($"changed join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready", up.AppliedSteps("pi-03"));
        Assert.StartsWith("Cluster: 2 of 2 nodes Ready, 2 control planes, high availability: no", up.ClusterLine);
        Assert.Contains("Log: ", up.Result.StdErr);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([$"changed join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready"], again.AppliedSteps("pi-02"));
        Assert.Equal([0, 1, 0], [again.Recap["pi-01"].Changed, again.Recap["pi-02"].Changed, again.Recap["pi-03"].Changed]);
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.StartsWith("Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes", again.ClusterLine);
    }

    [Fact]
    public async Task A_pi_with_microk8s_of_its_own_that_the_datastore_still_lists_is_refused_with_a_pointer_to_repair_stale()
    {
        // Given: re-flashed, then MicroK8s installed by hand: whether the datastore's entry is stale is not certain
        await using var lab = await ClusterWithAReflashedPiAsync();
        await lab.SshOkAsync("pi-03", "sudo snap install microk8s --classic --channel=1.35/stable");
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02", "pi-03");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 2, up.ToString());
        var address = lab.Address("pi-03");
        Assert.Equal(
            [$"pi-03: the cluster's datastore still lists {address} as a member (left from before pi-03 was reset), so its join would be refused: "
                + "re-run with --repair-stale to remove that entry and join"],
            up.Messages("pi-03"));
        Assert.Equal(1, up.Recap["pi-03"].Failed);
        Assert.Equal([0, 0], [up.Recap["pi-01"].Changed, up.Recap["pi-02"].Changed]);
        Assert.DoesNotContain(logs.NewSimCalls("pi-03"), c => c.StartsWith("microk8s join", StringComparison.Ordinal));
        Assert.All(logs.NewSimCalls("pi-01").Concat(logs.NewSimCalls("pi-02")), call => Assert.Contains(call, NodeLogs.Queries));
        Assert.Contains(lab.Node("pi-03", ready: false), await lab.NodesAsync("pi-01"));
    }

    [Fact]
    public async Task A_reflashed_pi_has_its_stale_member_removed_on_a_healthy_control_plane_and_joins_without_being_asked()
    {
        // Given
        await using var lab = await ClusterWithAReflashedPiAsync();
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-02", "pi-03");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        var address = lab.Address("pi-03");
        Assert.Equal(
            [$"changed remove the stale cluster member {address} left from before pi-03 was reset (remove-node {address} --force on pi-01)",
                $"changed join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready"],
            up.AppliedSteps("pi-03").TakeLast(2));
        Assert.Equal([$"microk8s remove-node {address} --force"], logs.NewSimCalls("pi-01").Where(c => c.StartsWith("microk8s remove-node", StringComparison.Ordinal)));
        Assert.Matches($@"^microk8s join {Regex.Escape(lab.Address("pi-01"))}:25000/",
            Assert.Single(logs.NewSimCalls("pi-03"), c => c.StartsWith("microk8s join ", StringComparison.Ordinal)));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.Equal($"Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes, API https://{lab.Address("pi-01")}:16443", up.ClusterLine);
        Assert.Equal("pi-03", (await lab.SshOkAsync("pi-03", "hostname")).Trim());
    }

    static Task<TestLab> ClusterWithAReflashedPiAsync() => ClusterLab.ClusterAsync(3, lab => lab.ReflashAsync("pi-03"));
}
