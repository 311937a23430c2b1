using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>The become password reaches sudo and nothing else: not a file, a command line, an output or a log,
/// whether sudo asks for it or not, and whether it comes from the inventory or is typed at -K.</summary>
public sealed class SudoPasswordTests
{
    const string Password = "hunter2-secret";

    const string DropIn = "# Written by picluster: the hostname and /etc/hosts are kept by picluster, not by cloud-init.\npreserve_hostname: true\nmanage_etc_hosts: false\n";

    [Theory]
    [InlineData(false, "inventory")]
    [InlineData(false, "typed")]
    [InlineData(false, "none")]
    [InlineData(true, "inventory")]
    [InlineData(true, "typed")]
    public async Task Up_builds_the_cluster_and_no_file_on_any_pi_holds_the_password(bool sudoAsks, string given)
    {
        // Given
        await using var lab = await TestLab.StartAsync(2, sudoAsks ? ["--password", Password, "--sudo-needs-password"] : []);
        var flashed = (await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt")).TrimEnd('\n');

        // When
        var up = await UpAsync(lab, given);

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Contains("Cluster: 2 of 2 nodes Ready, 2 control planes", up.StdOut);
        foreach (var pi in new[] { "pi-01", "pi-02" })
        {
            Assert.Equal(flashed + " cgroup_enable=memory cgroup_memory=1\n", await lab.SshOkAsync(pi, "cat /boot/firmware/cmdline.txt"));
            Assert.Equal(DropIn, await lab.SshOkAsync(pi, "cat /etc/cloud/cloud.cfg.d/99-picluster.cfg"));
            Assert.StartsWith("127.0.0.1 localhost\n", await lab.SshOkAsync(pi, "cat /etc/hosts"));
        }
        await AssertNowhereAsync(lab, up);
    }

    [Fact]
    public async Task Up_where_sudo_asks_and_no_password_is_given_says_how_and_changes_nothing()
    {
        // Given
        await using var lab = await TestLab.StartAsync(2, "--password", Password, "--sudo-needs-password");
        var flashed = await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt");

        // When
        var up = await UpAsync(lab, "none");

        // Then
        Assert.Equal(2, up.ExitCode);
        Assert.Contains("sudo on pi-01 asks for a password: run with --ask-become-pass (-K) or set ansible_become_password", up.StdOut);
        Assert.Equal(flashed, await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt"));
        Assert.Equal("absent\n", await lab.SshOkAsync("pi-01", "test -e /etc/cloud/cloud.cfg.d/99-picluster.cfg || echo absent"));
    }

    [Fact]
    public async Task Files_an_earlier_run_wrote_the_password_into_are_repaired_by_one_up_and_the_plan_says_so_first()
    {
        // Given what sending the password into files through a sudo that did not read it left: the password as the first
        // line of cmdline.txt (the original kept as its backup), of the cloud-init drop-in and of /etc/hosts
        await using var lab = await TestLab.StartAsync(1);
        var flashed = (await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt")).TrimEnd('\n');
        var hosts = await lab.SshOkAsync("pi-01", "cat /etc/hosts");
        await lab.SshOkAsync("pi-01", "sudo cp /boot/firmware/cmdline.txt /boot/firmware/cmdline.txt.picluster.bak && sudo cp /etc/hosts /etc/hosts.picluster.bak");
        await lab.SshOkAsync("pi-01", "sudo tee /boot/firmware/cmdline.txt >/dev/null", $"{Password}\n{flashed} cgroup_enable=memory cgroup_memory=1\n");
        await lab.SshOkAsync("pi-01", "sudo mkdir -p /etc/cloud/cloud.cfg.d && sudo tee /etc/cloud/cloud.cfg.d/99-picluster.cfg >/dev/null", $"{Password}\n{DropIn}");
        await lab.SshOkAsync("pi-01", "sudo tee /etc/hosts >/dev/null", $"{Password}\n{hosts}");
        var inventory = lab.WriteInventory("become.yaml", $"ansible_become_password: {Password}");

        // When
        var plan = await lab.PlanAsync(inventory);
        var up = await lab.UpAsync(inventory);

        // Then
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Equal(
            [
                ("pi-01", "rewrite /etc/cloud/cloud.cfg.d/99-picluster.cfg: it does not parse as YAML, so cloud-init ignores it"),
                ("pi-01", "set hostname ubuntu → pi-01"),
                ("pi-01", "restore /boot/firmware/cmdline.txt from cmdline.txt.picluster.bak and add cgroup_enable=memory cgroup_memory=1: "
                    + "it has 2 lines, and the firmware gives the kernel only the first"),
                ("pi-01", "reboot for the memory cgroup, wait for the Pi to come back (up to 600 s) and check the cgroup is on"),
                ("pi-01", $"write /etc/hosts: pi-01 → {lab.Address("pi-01")}, drop 1 line that is not a host entry"),
            ],
            plan.Planned.Take(5));
        Assert.Contains("the become password is written in /boot/firmware/cmdline.txt, /etc/cloud/cloud.cfg.d/99-picluster.cfg, /etc/hosts, "
            + "where other users of the Pi can read it: this run rewrites them without it; change the password (sudo passwd ubuntu)", plan.Result.StdOut + plan.Result.StdErr);
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(flashed + " cgroup_enable=memory cgroup_memory=1\n", await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt"));
        Assert.Equal(DropIn, await lab.SshOkAsync("pi-01", "cat /etc/cloud/cloud.cfg.d/99-picluster.cfg"));
        Assert.Equal(hosts + $"{lab.Address("pi-01")}\tpi-01\n", await lab.SshOkAsync("pi-01", "cat /etc/hosts"));
        Assert.Contains("memory", (await lab.SshOkAsync("pi-01", "cat /sys/fs/cgroup/cgroup.controllers")).Split());
        await AssertNowhereAsync(lab, up.Result);
    }

    static async Task<ProcessResult> UpAsync(TestLab lab, string given)
    {
        switch (given)
        {
            case "inventory":
                return await lab.ToolAsync(["up", "-i", lab.WriteInventory("become.yaml", $"ansible_become_password: {Password}")]);
            case "typed":
                // `script` gives the tool a real terminal; the password is typed once the prompt is up.
                Directory.CreateDirectory(lab.Home);
                return await ProcessResult.RunAsync("sh",
                    ["-c", $"(sleep 2; printf '{Password}\\n') | script -qec '{Repo.Launcher} up -i {lab.Inventory} -K' /dev/null"],
                    environment: new Dictionary<string, string?> { ["HOME"] = lab.Home, ["TERM"] = "xterm" });
            default:
                return await lab.ToolAsync(["up", "-i", lab.Inventory]);
        }
    }

    /// <summary>No file of any node's tree (its /etc, /home, /boot/firmware, /snap, logs of every SSH command and simulator
    /// call), no run log and no output holds the password.</summary>
    static async Task AssertNowhereAsync(TestLab lab, ProcessResult output)
    {
        var grep = await ProcessResult.RunAsync("grep", ["-rlF", "-D", "skip", "--", Password, Path.Combine(lab.Dir, "nodes"), lab.Home]);
        Assert.True(grep.ExitCode == 1, $"files holding the password:\n{grep}");
        Assert.DoesNotContain(Password, output.StdOut + output.StdErr);
    }
}
