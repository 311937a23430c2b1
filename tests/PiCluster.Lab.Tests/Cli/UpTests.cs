using System.Text.RegularExpressions;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster up` on fresh Pis, and again on the cluster it made.</summary>
public sealed class UpTests
{
    static readonly string[] Pis = ["pi-01", "pi-02", "pi-03"];

    [Fact]
    public async Task Makes_three_fresh_pis_one_highly_available_cluster_of_three_ready_control_planes()
    {
        // Given
        await using var lab = await TestLab.StartAsync(3);
        var flashed = (await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt")).TrimEnd('\n');
        Assert.DoesNotContain("cgroup_enable=memory", flashed);

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal($"Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes, API https://{lab.Address("pi-01")}:16443", up.ClusterLine);
        Assert.All(Pis, pi => Assert.Equal((0, 0, 0), (up.Recap[pi].Unreachable, up.Recap[pi].Failed, up.Recap[pi].Skipped)));
        Assert.Contains(("pi-02", "changed", $"join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready"), up.Applied);
        Assert.Contains(("pi-03", "changed", $"join the cluster as a control plane via pi-01 ({lab.Address("pi-01")}) and wait until it is Ready"), up.Applied);
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        foreach (var pi in Pis)
        {
            Assert.Equal(pi, (await lab.SshOkAsync(pi, "hostname")).Trim());
            var hosts = await lab.SshOkAsync(pi, "cat /etc/hosts");
            Assert.All(Pis, other => Assert.Contains($"{lab.Address(other)}\t{other}\n", hosts));
            Assert.Equal(flashed + " cgroup_enable=memory cgroup_memory=1", (await lab.SshOkAsync(pi, "cat /boot/firmware/cmdline.txt")).TrimEnd('\n'));
            Assert.Equal(flashed, (await lab.SshOkAsync(pi, "cat /boot/firmware/cmdline.txt.picluster.bak")).TrimEnd('\n'));
            Assert.Matches(@"(?m)^microk8s\s+\S+\s+\S+\s+1\.35/stable\s+\S+\s+classic,held$", await lab.SshOkAsync(pi, "snap list"));
            Assert.Contains("microk8s", (await lab.SshOkAsync(pi, "id -nG ubuntu")).Split());
            Assert.Contains("memory", (await lab.SshOkAsync(pi, "cat /sys/fs/cgroup/cgroup.controllers")).Split());
        }
        var join = $@"^microk8s join {Regex.Escape(lab.Address("pi-01"))}:25000/[0-9a-f]{{32}}/[0-9a-f]+$";
        Assert.Empty(Joins(lab, "pi-01"));
        Assert.Matches(join, Assert.Single(Joins(lab, "pi-02")));
        Assert.Matches(join, Assert.Single(Joins(lab, "pi-03")));
    }

    [Fact]
    public async Task A_second_up_changes_nothing_and_sends_each_pi_only_its_facts_probe()
    {
        // Given
        await using var lab = await ClusterLab.ClusterAsync(3);
        var logs = NodeLogs.Mark(lab, Pis);

        // When
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to change: every reachable host is as the inventory says.", again.Result.StdOut);
        Assert.Empty(again.Applied);
        Assert.All(Pis, pi => Assert.Equal(new RecapRow(10, 0, 0, 0, 0), again.Recap[pi]));
        Assert.Equal($"Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes, API https://{lab.Address("pi-01")}:16443", again.ClusterLine);
        foreach (var pi in Pis)
        {
            Assert.Single(logs.NewSshCommands(pi), NodeLogs.IsFactsProbe);
            Assert.Single(logs.NewSshCommands(pi));
            var calls = logs.NewSimCalls(pi);
            Assert.Contains("snap list", calls);
            Assert.All(calls, call => Assert.Contains(call, NodeLogs.Queries));
        }
    }

    static IEnumerable<string> Joins(TestLab lab, string pi) => lab.SimCalls(pi).Where(c => c.StartsWith("microk8s join ", StringComparison.Ordinal));
}
