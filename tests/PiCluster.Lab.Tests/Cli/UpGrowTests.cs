using System.Text.RegularExpressions;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster up` after a Pi was added to a running cluster of three.</summary>
public sealed class UpGrowTests
{
    static readonly string[] Members = ["pi-01", "pi-02", "pi-03"];

    static Task<TestLab> ClusterWithAFourthPiAsync(string role) => ClusterLab.ClusterAsync(3, lab => lab.AddPiAsync(4, role));

    [Fact]
    public async Task Joins_a_fourth_pi_as_a_worker_and_only_adds_its_name_to_the_others_etc_hosts()
    {
        // Given
        await using var lab = await ClusterWithAFourthPiAsync("worker");
        var logs = NodeLogs.Mark(lab, Members);

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        var hostsLine = $"changed write /etc/hosts: pi-04 → {lab.Address("pi-04")}";
        Assert.All(Members, pi => Assert.Equal([hostsLine], up.AppliedSteps(pi)));
        Assert.All(Members, pi => Assert.Equal(new RecapRow(10, 1, 0, 0, 0), up.Recap[pi]));
        Assert.Contains($"changed join the cluster as a worker via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready", up.AppliedSteps("pi-04"));
        Assert.Equal((0, 0, 0), (up.Recap["pi-04"].Unreachable, up.Recap["pi-04"].Failed, up.Recap["pi-04"].Skipped));
        Assert.Equal($"Cluster: 4 of 4 nodes Ready, 3 control planes, high availability: yes, API https://{lab.Address("pi-01")}:16443", up.ClusterLine);
        Assert.Matches($@"^microk8s join {Regex.Escape(lab.Address("pi-01"))}:25000/[0-9a-f]{{32}}/[0-9a-f]+ --worker$",
            Assert.Single(lab.SimCalls("pi-04"), c => c.StartsWith("microk8s join ", StringComparison.Ordinal)));
        Assert.Single(logs.NewSimCalls("pi-01"), c => c.StartsWith("microk8s add-node ", StringComparison.Ordinal));
        Assert.All(Members, pi => Assert.All(logs.NewSimCalls(pi).Where(c => !c.StartsWith("microk8s add-node ", StringComparison.Ordinal)),
            call => Assert.Contains(call, NodeLogs.Queries)));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03"), lab.Node("pi-04", controlPlane: false)],
            (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.Equal("pi-04", (await lab.SshOkAsync("pi-04", "hostname")).Trim());
        foreach (var pi in Members) Assert.Contains($"{lab.Address("pi-04")}\tpi-04\n", await lab.SshOkAsync(pi, "cat /etc/hosts"));
    }

    [Fact]
    public async Task With_the_first_pi_stopped_another_control_plane_lets_the_new_pi_in_and_the_first_is_reported_unreachable()
    {
        // Given
        await using var lab = await ClusterWithAFourthPiAsync("controlplane");
        await lab.LabAsync("stop-node", "pi-01");
        var logs = NodeLogs.Mark(lab, "pi-02", "pi-03");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 2, up.ToString());
        Assert.Equal(new RecapRow(0, 0, 1, 0, 0), up.Recap["pi-01"]);
        Assert.Matches($@"^pi-01: pi-01 \({Regex.Escape(lab.Address("pi-01"))}:22\) refused the connection", Assert.Single(up.Messages("pi-01")));
        Assert.Empty(up.AppliedSteps("pi-01"));
        Assert.Contains($"changed join the cluster as a control plane via pi-02 ({lab.Address("pi-02")}) and wait until it is Ready", up.AppliedSteps("pi-04"));
        Assert.Single(logs.NewSimCalls("pi-02"), c => c.StartsWith("microk8s add-node ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.NewSimCalls("pi-03"), c => c.StartsWith("microk8s add-node ", StringComparison.Ordinal));
        Assert.Matches($@"^microk8s join {Regex.Escape(lab.Address("pi-02"))}:25000/",
            Assert.Single(lab.SimCalls("pi-04"), c => c.StartsWith("microk8s join ", StringComparison.Ordinal)));
        Assert.Equal([lab.Node("pi-01", ready: false), lab.Node("pi-02"), lab.Node("pi-03"), lab.Node("pi-04")],
            (await lab.NodesAsync("pi-02")).OrderBy(n => n.Name));
        Assert.StartsWith($"Cluster: 3 of 4 nodes Ready, 4 control planes, high availability: yes, API https://{lab.Address("pi-02")}:16443", up.ClusterLine);
        Assert.Contains("Log: ", up.Result.StdErr);
    }
}
