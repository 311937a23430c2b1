using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster kubeconfig` merges the cluster into the user's kubeconfig, as real kubectl reads it.</summary>
public sealed class KubeconfigTests
{
    const string TwoClusters = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: work
          cluster:
            server: "https://k8s.work.example:6443"
            insecure-skip-tls-verify: true
        - name: kind-dev
          cluster:
            server: https://127.0.0.1:41234
            certificate-authority-data: Q0EK
        contexts:
        - name: work
          context: {cluster: work, user: work-admin, namespace: team}
        - name: kind-dev
          context: {cluster: kind-dev, user: kind-dev}
        current-context: work
        users:
        - name: work-admin
          user:
            token: abc
        - name: kind-dev
          user: {client-certificate-data: Q0VSVAo=, client-key-data: S0VZCg==}
        preferences: {}
        """;

    [Fact]
    public async Task Merges_into_a_kubeconfig_with_two_other_clusters_that_kubectl_still_reads_refuses_one_that_is_not_yaml_and_a_rerun_changes_nothing()
    {
        // Given a one-Pi cluster and a kubeconfig that is not YAML
        await using var lab = await ClusterLab.ClusterAsync(1);
        var config = Path.Combine(lab.Home, ".kube", "config");
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        const string broken = "apiVersion: v1\nclusters:\n- name: [unclosed\n";
        await File.WriteAllTextAsync(config, broken, TestContext.Current.CancellationToken);

        // When
        var refused = await lab.ToolAsync(["kubeconfig", "-i", lab.Inventory], NoKubeconfigVariable);

        // Then it is refused, named with its line, before any Pi is reached, and left as it was
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"error: {config}:4: not YAML (While parsing a flow sequence", refused.StdErr);
        Assert.Equal(broken, await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(config + ".picluster.bak"));

        // Given a kubeconfig holding two other clusters
        await File.WriteAllTextAsync(config, TwoClusters, TestContext.Current.CancellationToken);
        var before = await KubectlAsync(config, "config", "view", "--raw", "-o", "json");

        // When
        var merged = await lab.ToolAsync(["kubeconfig", "-i", lab.Inventory], NoKubeconfigVariable);
        var again = await lab.ToolAsync(["kubeconfig", "-i", lab.Inventory], NoKubeconfigVariable);

        // Then kubectl sees all three, the two others as they were, ours with the Pi's credentials
        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains($"{config}: cluster, user and context \"picluster\" written (from pi-01, server https://{lab.Address("pi-01")}:16443).", merged.StdOut);
        Assert.Contains($"The previous file is kept as {config}.picluster.bak.", merged.StdOut);
        Assert.Equal("kind-dev\npicluster\nwork\n", Sorted(await KubectlAsync(config, "config", "get-contexts", "-o", "name")));
        using var after = JsonDocument.Parse(await KubectlAsync(config, "config", "view", "--raw", "-o", "json"));
        using var was = JsonDocument.Parse(before);
        foreach (var list in new[] { "clusters", "users", "contexts" })
        {
            foreach (var entry in was.RootElement.GetProperty(list).EnumerateArray())
                Assert.Equal(entry.GetRawText(), Entry(after, list, entry.GetProperty("name").GetString()!).GetRawText());
        }
        Assert.Equal("work", after.RootElement.GetProperty("current-context").GetString());
        Assert.Equal($"https://{lab.Address("pi-01")}:16443", Entry(after, "clusters", "picluster").GetProperty("cluster").GetProperty("server").GetString());
        var onPi = await lab.SshOkAsync("pi-01", "sudo microk8s config | grep client-key-data");
        Assert.Equal(onPi.Split(':', 2)[1].Trim(), Entry(after, "users", "picluster").GetProperty("user").GetProperty("client-key-data").GetString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(config));
        Assert.Equal(TwoClusters, await File.ReadAllTextAsync(config + ".picluster.bak", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(onPi.Split(':', 2)[1].Trim(), merged.StdOut + merged.StdErr);

        // and a re-run leaves the file as it was
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"{config}: already holds \"picluster\" as pi-01 gives it", again.StdOut);
        Assert.Equal("work", (await KubectlAsync(config, "config", "current-context")).Trim());
        Assert.Equal("Switched to context \"picluster\".\n", await KubectlAsync(config, "config", "use-context", "picluster"));
    }

    [Fact]
    public async Task An_api_address_goes_into_each_control_planes_certificate_one_at_a_time_and_into_the_kubeconfig()
    {
        // Given a cluster of two control planes, and an inventory that names the cluster and its API address
        await using var lab = await ClusterLab.ClusterAsync(2);
        var inventory = lab.WriteInventory("named.yaml", "picluster_cluster_name: home\npicluster_api_address: cluster.home.arpa");
        var kubeconfig = Path.Combine(lab.Dir, "kube", "merged");
        var alone = Path.Combine(lab.Dir, "home.kubeconfig");

        // When
        var plan = await lab.PlanAsync(inventory);
        var up = await lab.UpAsync(inventory);
        var again = await lab.PlanAsync(inventory);
        var merged = await lab.ToolAsync(["kubeconfig", "-i", inventory, "--set-current"], new Dictionary<string, string?> { ["KUBECONFIG"] = $"{kubeconfig}:/nonexistent/other" });
        var written = await lab.ToolAsync(["kubeconfig", "-i", inventory, "-o", alone]);
        var printed = await lab.ToolAsync(["kubeconfig", "-i", inventory, "--print"]);

        // Then the plan adds the name on each control plane, up does it one control plane at a time, and a re-run has nothing to do
        Assert.True(plan.ExitCode == 0, plan.ToString());
        foreach (var pi in new[] { "pi-01", "pi-02" })
        {
            Assert.Contains($"{pi}: add cluster.home.arpa to the API server certificate (/var/snap/microk8s/current/certs/csr.conf.template, then refresh-certs --cert server.crt; "
                + "the API server there restarts)", plan.Result.StdOut);
            Assert.Contains("DNS:cluster.home.arpa", await lab.SshOkAsync(pi, "openssl x509 -in /var/snap/microk8s/current/certs/server.crt -noout -ext subjectAltName"));
        }
        Assert.True(up.ExitCode == 0, up.ToString());
        var first = Calls(lab, "pi-01");
        var refreshedFirst = first.FindIndex(c => c.Argv.Contains("refresh-certs"));
        var readyAgain = first.Skip(refreshedFirst).First(c => c.Argv.Contains("--wait-ready"));
        var second = Calls(lab, "pi-02").Single(c => c.Argv.Contains("refresh-certs"));
        Assert.True(second.Start >= readyAgain.End, $"pi-02 refreshed its certificate at {second.Start:O}, before pi-01's API was ready again at {readyAgain.End:O}");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to change: every reachable host is as the inventory says.", again.Result.StdOut);

        // and the kubeconfig reaches the cluster by that name, under the cluster's name
        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains($"{kubeconfig}: cluster, user and context \"home\" written (from pi-01, server https://cluster.home.arpa:16443).", merged.StdOut);
        Assert.Equal("home\n", await KubectlAsync(kubeconfig, "config", "current-context"));
        Assert.Equal("https://cluster.home.arpa:16443\n", await KubectlAsync(kubeconfig, "config", "view", "-o", "jsonpath={.clusters[0].cluster.server}{\"\\n\"}"));
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains($"Try: kubectl --kubeconfig {alone} get nodes", written.StdOut);
        Assert.Equal("home\n", await KubectlAsync(alone, "config", "get-contexts", "-o", "name"));
        Assert.Equal("home\n", await KubectlAsync(alone, "config", "current-context"));
        Assert.Equal(await File.ReadAllTextAsync(alone, TestContext.Current.CancellationToken), printed.StdOut);
    }

    sealed record Call(string[] Argv, DateTimeOffset Start, DateTimeOffset End);

    static List<Call> Calls(TestLab lab, string node) =>
    [
        .. File.ReadAllLines(lab.NodeFile(node, "sim-calls.log")).Select(line =>
        {
            using var call = JsonDocument.Parse(line);
            var end = call.RootElement.GetProperty("time").GetDateTimeOffset();
            return new Call([.. call.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()!)],
                end - TimeSpan.FromMilliseconds(call.RootElement.GetProperty("durationMs").GetInt64()), end);
        }),
    ];

    static readonly Dictionary<string, string?> NoKubeconfigVariable = new() { ["KUBECONFIG"] = null };

    static JsonElement Entry(JsonDocument config, string list, string name) =>
        config.RootElement.GetProperty(list).EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    static string Sorted(string lines) => string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).Select(l => l + "\n"));

    static async Task<string> KubectlAsync(string kubeconfig, params string[] args)
    {
        var result = await ProcessResult.RunAsync("kubectl", ["--kubeconfig", kubeconfig, .. args]);
        Assert.True(result.ExitCode == 0, $"kubectl {string.Join(' ', args)}: {result}");
        return result.StdOut;
    }
}
