using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>Pis marked `picluster_state: absent` leave the cluster through `up`: a worker drained, left and purged; a control plane
/// only when high availability may go; a Pi that is switched off for good from the others' side.</summary>
public sealed class RemoveTests
{
    [Fact]
    public async Task An_absent_worker_leaves_then_a_control_plane_only_once_losing_high_availability_is_allowed()
    {
        // Given: three control planes and a worker
        await using var lab = await TestLab.StartAsync(4);
        await lab.HostVarsAsync("pi-04", "picluster_role: worker\n");
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        await lab.HostVarsAsync("pi-04", "picluster_role: worker\npicluster_state: absent\n");
        var logs = NodeLogs.Mark(lab, "pi-01", "pi-04");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(
            [
                "changed cordon and drain (up to 300 s, through pi-01) so its pods move to other nodes",
                "changed microk8s leave (it takes itself out of the cluster's datastore and runs on its own)",
                "changed microk8s remove-node pi-04 on pi-01, then wait until it is gone from the nodes and the datastore",
                "changed snap remove --purge microk8s",
            ],
            up.AppliedSteps("pi-04"));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.StartsWith("Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes", up.ClusterLine);
        Assert.Contains("microk8s remove-node pi-04", logs.NewSimCalls("pi-01"));
        Assert.NotEqual(0, (await lab.SshAsync("pi-04", "snap list microk8s")).ExitCode);
        foreach (var pi in new[] { "pi-01", "pi-02", "pi-03" })
            Assert.DoesNotContain("pi-04", await lab.SshOkAsync(pi, "cat /etc/hosts"), StringComparison.Ordinal);

        var again = await lab.UpAsync(lab.Inventory);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(again.Recap.Values, row => Assert.Equal(0, row.Changed));
        Assert.Contains("pi-04 is absent and in no cluster, with no MicroK8s or MicroCeph left: delete it from the inventory", again.Result.StdOut + again.Result.StdErr);

        // And when a control plane is marked absent too
        await lab.HostVarsAsync("pi-03", "picluster_state: absent\n");
        var refused = await lab.UpAsync(lab.Inventory);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Equal(
            ["pi-03: removing it leaves 2 control planes, and a cluster needs three to keep working when one fails (high availability): "
                + "add a control plane first, or allow it with --allow-ha-loss (or picluster_allow_ha_loss: true)"],
            refused.Messages("pi-03"));
        Assert.Equal(3, (await lab.NodesAsync("pi-01")).Count);

        var allowed = await lab.UpAsync(lab.Inventory, "--allow-ha-loss");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.StartsWith("Cluster: 2 of 2 nodes Ready, 2 control planes, high availability: no", allowed.ClusterLine);
        Assert.DoesNotContain(lab.Address("pi-03"), await lab.SshOkAsync("pi-01", "sudo cat /var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_plane_switched_off_for_good_is_replaced_under_a_new_name_in_one_up_and_a_rerun_changes_nothing()
    {
        // Given: pi-03 dies; pi-04 takes its place
        await using var lab = await ClusterLab.ClusterAsync(3);
        await lab.AddPiAsync(4, "controlplane");
        await lab.LabAsync("stop-node", "pi-03");
        await lab.HostVarsAsync("pi-03", "picluster_state: absent\n");
        var logs = NodeLogs.Mark(lab, "pi-01");

        // When
        var up = await lab.UpAsync(lab.Inventory);

        // Then: pi-04 joined first, then pi-03 went from the others' side
        Assert.True(up.ExitCode == 0, up.ToString());
        var calls = logs.NewSimCalls("pi-01");
        Assert.Equal(["microk8s remove-node pi-03 --force"], calls.Where(c => c.StartsWith("microk8s remove-node", StringComparison.Ordinal)));
        Assert.True(calls.ToList().FindIndex(c => c.StartsWith("microk8s add-node", StringComparison.Ordinal))
            < calls.ToList().FindIndex(c => c.StartsWith("microk8s remove-node", StringComparison.Ordinal)), string.Join('\n', calls));
        Assert.Contains("pi-03 does not answer: it is removed from the others' side only", up.Result.StdOut + up.Result.StdErr);
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-04")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.StartsWith("Cluster: 3 of 3 nodes Ready, 3 control planes, high availability: yes", up.ClusterLine);
        Assert.DoesNotContain(lab.Address("pi-03"), await lab.SshOkAsync("pi-01", "sudo cat /var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml"), StringComparison.Ordinal);

        var again = await lab.UpAsync(lab.Inventory);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(again.Recap.Values, row => Assert.Equal(0, row.Changed));
    }
}
