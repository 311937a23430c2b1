using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests;

/// <summary>The seed's Ansible playbook (bench/ansible/cluster.yml) runs unchanged against the lab and behaves as on Pis.</summary>
public sealed class SeedPlaybookTests
{
    static readonly string Playbook = Path.Combine(Repo.Root, "bench", "ansible", "cluster.yml");

    [Fact]
    public async Task The_playbook_builds_the_cluster_reruns_without_change_and_adds_only_a_new_pi()
    {
        await using var lab = await TestLab.StartAsync(3);

        var build = await PlaybookAsync(lab);
        var rerun = await PlaybookAsync(lab);
        await lab.PiClusterAsync(["lab", "up", "--nodes", "4"]);
        var grow = await PlaybookAsync(lab);
        var nodes = await lab.SshOkAsync("pi-01", "sudo microk8s kubectl get nodes");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(@"pi-02\s+: ok=\d+\s+changed=[1-9]", build.StdOut);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(3, Regex.Count(rerun.StdOut, @"pi-0\d\s+: ok=\d+\s+changed=0\s"));
        Assert.True(grow.ExitCode == 0, grow.ToString());
        Assert.Contains("changed: [pi-04]", grow.StdOut);
        Assert.DoesNotContain("changed: [pi-02 -> pi-01", grow.StdOut);
        foreach (var node in new[] { "pi-01", "pi-02", "pi-03", "pi-04" })
            Assert.Matches($@"{node}\s+Ready", nodes);
    }

    static Task<ProcessResult> PlaybookAsync(TestLab lab) =>
        ProcessResult.RunAsync("ansible-playbook", ["-i", lab.Inventory, Playbook], timeout: TimeSpan.FromMinutes(5),
            environment: new Dictionary<string, string?> { ["ANSIBLE_NOCOLOR"] = "1" });
}
