namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s reset` (day-2 §3.4) over plain ssh: root only, refused on a multi-node cluster, addons disabled on a single node.</summary>
public sealed class MicroK8sResetTests
{
    [Fact]
    public async Task Reset_needs_root_is_refused_on_a_multi_node_cluster_and_disables_every_addon_on_a_single_node()
    {
        // Given: pi-01 and pi-02 clustered, pi-03 alone with dns enabled
        await using var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.SshOkAsync("pi-03", "sudo microk8s enable dns && sudo usermod -a -G microk8s \"$(id -un)\"");

        var notRoot = await lab.SshAsync("pi-03", "/snap/bin/microk8s reset");
        var multi = await lab.SshAsync("pi-01", "sudo microk8s reset");
        var single = await lab.SshAsync("pi-03", "sudo microk8s reset --destroy-storage");
        var status = await lab.SshOkAsync("pi-03", "sudo microk8s status");

        Assert.Equal((50, "Elevated permissions is needed for this operation. Please run this command with sudo.\n"), (notRoot.ExitCode, notRoot.StdOut));
        Assert.Equal((0, "This is a multi-node MicroK8s deployment. Reset is applicable for single node clusters.\nPlease remove all joined nodes before calling reset.\n"),
            (multi.ExitCode, multi.StdOut));
        Assert.Equal((0, ""), (single.ExitCode, single.StdErr));
        var lines = single.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal("Disabling all addons", lines[0]);
        Assert.Contains("Disabling addon : core/dns", lines);
        Assert.Contains("Disabling addon : core/hostpath-storage", lines);
        Assert.DoesNotContain("Disabling addon : core/ha-cluster", lines);
        Assert.DoesNotContain("Disabling addon : core/community", lines);
        Assert.Equal(["All addons are disabled.", "Deleting the CNI", "Cleaning resources in namespace default", "Cleaning resources in namespace kube-node-lease",
            "Cleaning resources in namespace kube-public", "Cleaning resources in namespace kube-system", "Removing CRDs", "Removing PriorityClasses",
            "Removing StorageClasses", "Restarting cluster", "Setting up the CNI"], lines.SkipWhile(l => l.StartsWith("Disabling", StringComparison.Ordinal)));
        var enabled = status[status.IndexOf("enabled:", StringComparison.Ordinal)..status.IndexOf("disabled:", StringComparison.Ordinal)];
        Assert.DoesNotContain("dns", enabled);
    }
}
