using System.Text.Json;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>A rolling MicroK8s upgrade as the real tools behave (reference day-2 §1.1–1.2, §2.3, §2.5), seen over plain ssh:
/// snap refresh of a held snap, cordon, drain (with the PodDisruptionBudget fault), uncordon.</summary>
public sealed class UpgradeTests
{
    const string Drain = "sudo microk8s kubectl drain pi-02 --ignore-daemonsets --delete-emptydir-data";
    const string PdbRefusal = "Cannot evict pod as it would violate the pod's disruption budget.";

    static async Task<TestLab> ClusterAsync()
    {
        var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.JoinOkAsync("pi-03", "pi-01", "--worker");
        await lab.SshOkAsync("pi-01", "sudo snap refresh --hold microk8s");
        await lab.SshOkAsync("pi-02", "sudo snap refresh --hold microk8s");
        return lab;
    }

    static async Task<Dictionary<string, string>> PodsByNameAsync(TestLab lab)
    {
        var table = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get pods -A -o wide");
        return table.TrimEnd('\n').Split('\n').Skip(1).Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(c => c[1], c => c[7]);
    }

    [Fact]
    public async Task Refreshing_a_held_node_to_1_33_keeps_the_hold_and_mixes_versions_in_get_nodes()
    {
        // Given
        await using var lab = await ClusterAsync();

        // When
        var refresh = await lab.SshAsync("pi-02", "sudo snap refresh microk8s --channel=1.33/stable");
        var again = await lab.SshAsync("pi-02", "sudo snap refresh microk8s --channel=1.33/stable");

        // Then
        Assert.Equal((0, "microk8s (1.33/stable) v1.33.5 from Canonical** refreshed\n", ""), (refresh.ExitCode, refresh.StdOut, refresh.StdErr));
        Assert.Equal((0, "", "snap \"microk8s\" has no updates available\n"), (again.ExitCode, again.StdOut, again.StdErr));
        Assert.Equal(
            "Name      Version  Rev   Tracking     Publisher    Notes\n" +
            "microk8s  v1.33.5  8507  1.33/stable  canonical**  classic,held\n",
            await lab.SshOkAsync("pi-02", "snap list microk8s"));
        Assert.Equal("MicroK8s v1.33.5 revision 8507\n", await lab.SshOkAsync("pi-02", "sudo microk8s version"));
        var rows = (await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes")).TrimEnd('\n').Split('\n');
        Assert.Matches("^pi-01 +Ready +<none> +\\S+ +v1\\.32\\.9$", rows[1]);
        Assert.Matches("^pi-02 +Ready +<none> +\\S+ +v1\\.33\\.5$", rows[2]);
        Assert.Matches("^pi-03 +Ready +<none> +\\S+ +v1\\.32\\.9$", rows[3]);
        using var json = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get node pi-02 -o json"));
        Assert.Equal("v1.33.5", json.RootElement.GetProperty("status").GetProperty("nodeInfo").GetProperty("kubeletVersion").GetString());
    }

    [Fact]
    public async Task A_refreshed_node_restarts_and_is_not_ready_until_microk8s_has_started()
    {
        // Given
        await using var lab = await ClusterAsync();
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "delays", "--start-ms", "3000"])).ExitCode);

        // When
        await lab.SshOkAsync("pi-02", "sudo snap refresh microk8s --channel=1.33/stable");
        var status = await lab.SshAsync("pi-02", "sudo microk8s status");
        var nodes = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes pi-02");
        var waited = await lab.SshAsync("pi-02", "sudo microk8s status --wait-ready --timeout 30");

        // Then
        Assert.Equal((1, "microk8s is not running. Use microk8s inspect for a deeper inspection.\n"), (status.ExitCode, status.StdOut));
        Assert.Matches("\npi-02 +NotReady +<none> +\\S+ +v1\\.33\\.5\n", nodes);
        Assert.Equal(0, waited.ExitCode);
    }

    [Fact]
    public async Task Cordon_and_uncordon_print_kubectls_lines_and_show_scheduling_disabled()
    {
        // Given
        await using var lab = await ClusterAsync();

        // When
        var cordon = await lab.SshAsync("pi-01", "sudo microk8s kubectl cordon pi-02");
        var again = await lab.SshAsync("pi-01", "sudo microk8s kubectl cordon pi-02");
        var nodes = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes");
        var flag = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get node pi-02 -o jsonpath={.spec.unschedulable}");
        var uncordon = await lab.SshAsync("pi-01", "sudo microk8s kubectl uncordon pi-02");
        var uncordonAgain = await lab.SshAsync("pi-01", "sudo microk8s kubectl uncordon pi-02");
        var unknown = await lab.SshAsync("pi-01", "sudo microk8s kubectl cordon pi-09");

        // Then
        Assert.Equal((0, "node/pi-02 cordoned\n"), (cordon.ExitCode, cordon.StdOut));
        Assert.Equal((0, "node/pi-02 already cordoned\n"), (again.ExitCode, again.StdOut));
        Assert.Matches("\npi-02 +Ready,SchedulingDisabled +<none> +\\S+ +v1\\.32\\.9\n", nodes);
        Assert.Equal("true", flag);
        Assert.Equal((0, "node/pi-02 uncordoned\n"), (uncordon.ExitCode, uncordon.StdOut));
        Assert.Equal((0, "node/pi-02 already uncordoned\n"), (uncordonAgain.ExitCode, uncordonAgain.StdOut));
        Assert.Equal((1, "", "Error from server (NotFound): nodes \"pi-09\" not found\n"), (unknown.ExitCode, unknown.StdOut, unknown.StdErr));
    }

    [Fact]
    public async Task Drain_without_the_flags_refuses_daemonset_and_emptydir_pods_and_leaves_the_node_cordoned()
    {
        // Given
        await using var lab = await ClusterAsync();
        var pods = await PodsByNameAsync(lab);
        var calico = pods.Keys.Single(p => p.StartsWith("calico-node-", StringComparison.Ordinal) && pods[p] == "pi-02");
        var cache = pods.Keys.Single(p => p.StartsWith("cache-", StringComparison.Ordinal));
        Assert.Equal("pi-02", pods[cache]);

        // When
        var drain = await lab.SshAsync("pi-01", "sudo microk8s kubectl drain pi-02 --delete-emptydir-data");
        var noEmptyDir = await lab.SshAsync("pi-01", "sudo microk8s kubectl drain pi-02 --ignore-daemonsets");
        var nodes = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes pi-02");

        // Then
        var refusal = $"cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/{calico}";
        Assert.Equal((1, "node/pi-02 cordoned\n",
            $"error: unable to drain node \"pi-02\" due to error: {refusal}, continuing command...\n" +
            "There are pending nodes to be drained:\n pi-02\n" + refusal + "\n"),
            (drain.ExitCode, drain.StdOut, drain.StdErr));
        Assert.Equal((1, "node/pi-02 already cordoned\n"), (noEmptyDir.ExitCode, noEmptyDir.StdOut));
        Assert.EndsWith($"\ncannot delete Pods with local storage (use --delete-emptydir-data to override): default/{cache}\n", noEmptyDir.StdErr);
        Assert.Contains("Ready,SchedulingDisabled", nodes);
    }

    [Fact]
    public async Task Drain_evicts_the_pods_which_are_recreated_on_other_nodes()
    {
        // Given
        await using var lab = await ClusterAsync();
        var before = await PodsByNameAsync(lab);
        var moving = before.Where(p => p.Value == "pi-02" && !p.Key.StartsWith("calico-node-", StringComparison.Ordinal)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var calico = before.Keys.Single(p => p.StartsWith("calico-node-", StringComparison.Ordinal) && before[p] == "pi-02");
        Assert.NotEmpty(moving);

        // When
        var drain = await lab.SshAsync("pi-01", $"{Drain} --timeout=60s");
        var after = await PodsByNameAsync(lab);

        // Then
        Assert.Equal(0, drain.ExitCode);
        Assert.Equal($"Warning: ignoring DaemonSet-managed Pods: kube-system/{calico}\n", drain.StdErr);
        Assert.Equal(
            "node/pi-02 cordoned\n" +
            string.Concat(moving.Select(p => $"evicting pod default/{p}\n")) +
            string.Concat(moving.Select(p => $"pod/{p} evicted\n")) +
            "node/pi-02 drained\n",
            drain.StdOut);
        Assert.Equal([calico], after.Where(p => p.Value == "pi-02").Select(p => p.Key));
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(2, after.Keys.Count(p => p.StartsWith("web-5d9c7b6f8-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_pdb_blocked_drain_retries_until_its_timeout_and_completes_once_the_fault_is_cleared()
    {
        // Given
        await using var lab = await ClusterAsync();
        var web = (await PodsByNameAsync(lab)).Single(p => p.Key.StartsWith("web-", StringComparison.Ordinal) && p.Value == "pi-02").Key;
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "fault", "pi-02", "add", "drain", "pdb-blocked", "--times", "0"])).ExitCode);

        // When
        var blocked = await lab.SshAsync("pi-01", $"{Drain} --timeout=3s");
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "fault", "pi-02", "clear", "drain"])).ExitCode);
        var drained = await lab.SshAsync("pi-01", $"{Drain} --timeout=60s");

        // Then
        var timeout = $"error when evicting pods/\"{web}\" -n \"default\": global timeout reached: 3s";
        Assert.Equal(1, blocked.ExitCode);
        Assert.Equal(2, Regex.Count(blocked.StdOut, Regex.Escape($"evicting pod default/{web}\n")));
        Assert.DoesNotContain($"pod/{web} evicted", blocked.StdOut);
        Assert.EndsWith(
            $"error when evicting pods/\"{web}\" -n \"default\" (will retry after 5s): {PdbRefusal}\n" +
            $"There are pending pods in node \"pi-02\" when an error occurred: {timeout}\n" +
            $"pod/{web}\n" +
            $"error: unable to drain node \"pi-02\" due to error: {timeout}, continuing command...\n" +
            "There are pending nodes to be drained:\n pi-02\n" +
            timeout + "\n",
            blocked.StdErr);
        Assert.Equal(0, drained.ExitCode);
        Assert.Contains($"pod/{web} evicted\n", drained.StdOut);
        Assert.EndsWith("node/pi-02 drained\n", drained.StdOut);
    }

    [Fact]
    public async Task Clearing_the_pdb_fault_lets_a_drain_without_timeout_finish()
    {
        // Given
        await using var lab = await ClusterAsync();
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "fault", "pi-02", "add", "drain", "pdb-blocked", "--times", "0"])).ExitCode);

        // When
        var drain = lab.SshAsync("pi-01", Drain);
        await Task.Delay(2000, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "fault", "pi-02", "clear", "drain"])).ExitCode);
        var result = await drain;

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(PdbRefusal, result.StdErr);
        Assert.EndsWith("node/pi-02 drained\n", result.StdOut);
        Assert.Contains("\npi-02 ", await lab.SshOkAsync("pi-01", "sudo microk8s kubectl uncordon pi-02 && sudo microk8s kubectl get nodes"));
    }
}
