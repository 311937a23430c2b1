using System.Diagnostics;

namespace PiCluster.Lab.Tests;

/// <summary>Power cuts, hangs, reboots and slow links of one node, as a client sees them.</summary>
public sealed class NodeFaultTests
{
    [Fact]
    public async Task A_stopped_node_refuses_connections_and_comes_back_with_its_files()
    {
        await using var lab = await TestLab.StartAsync(2);
        await lab.SshOkAsync("pi-02", "echo kept > ~/note");

        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "stop-node", "pi-02"])).ExitCode);
        var refused = await lab.SshAsync("pi-02", "true");
        var other = await lab.SshAsync("pi-01", "true");
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "start-node", "pi-02"])).ExitCode);

        Assert.Equal(255, refused.ExitCode);
        Assert.Contains("Connection refused", refused.StdErr);
        Assert.Equal(0, other.ExitCode);
        Assert.Equal("kept\n", await lab.SshOkAsync("pi-02", "cat ~/note"));
    }

    [Fact]
    public async Task A_paused_node_accepts_tcp_but_never_answers()
    {
        await using var lab = await TestLab.StartAsync(1);

        await lab.PiClusterAsync(["lab", "pause-node", "pi-01"]);
        var hung = await lab.SshAsync("pi-01", "true", null, "-o", "ConnectTimeout=2");
        var status = await lab.PiClusterAsync(["lab", "status"]);
        await lab.PiClusterAsync(["lab", "resume-node", "pi-01"]);

        Assert.Equal(255, hung.ExitCode);
        Assert.Contains("timed out", hung.StdErr);
        Assert.Contains("paused", status.StdOut);
        Assert.Equal("ubuntu\n", await lab.SshOkAsync("pi-01", "hostname"));
    }

    [Fact]
    public async Task A_command_run_with_sudo_finishes_after_its_node_is_paused_and_resumed()
    {
        // Given: sudo stops itself when it sees its command stopped, and may notice only once resumed; a few tries meet that.
        await using var lab = await TestLab.StartAsync(1);

        for (var attempt = 0; attempt < 6; attempt++)
        {
            // When
            var command = ProcessResult.RunAsync("ssh", ["-F", lab.SshConfig, "-o", "BatchMode=yes", "pi-01", "sudo sh -c 'sleep 2; echo done'"],
                timeout: TimeSpan.FromSeconds(30));
            await Task.Delay(700, TestContext.Current.CancellationToken);
            await lab.PiClusterAsync(["lab", "pause-node", "pi-01"]);
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await lab.PiClusterAsync(["lab", "resume-node", "pi-01"]);

            // Then
            var result = await command;
            Assert.True((result.ExitCode, result.StdOut) == (0, "done\n"), $"attempt {attempt}: {result}");
        }
    }

    [Fact]
    public async Task Cmdline_flags_take_effect_only_after_a_reboot()
    {
        await using var lab = await TestLab.StartAsync(1);

        var bootId = await lab.SshOkAsync("pi-01", "cat /proc/sys/kernel/random/boot_id");
        var before = await lab.SshOkAsync("pi-01",
            "sudo sed -i '1 s/$/ cgroup_enable=memory cgroup_memory=1/' /boot/firmware/cmdline.txt; cat /sys/fs/cgroup/cgroup.controllers");
        var sameBoot = await lab.SshOkAsync("pi-01", "cat /proc/sys/kernel/random/boot_id");
        var reboot = await lab.SshAsync("pi-01", "sudo reboot; sleep 10; echo not reached");
        var after = await WaitForAsync(lab, "pi-01", "cat /sys/fs/cgroup/cgroup.controllers; awk '$1==\"memory\"{print $4}' /proc/cgroups; cat /proc/cmdline");
        var nextBoot = await lab.SshOkAsync("pi-01", "cat /proc/sys/kernel/random/boot_id");

        Assert.DoesNotContain("memory", before);
        Assert.Equal(255, reboot.ExitCode);
        Assert.DoesNotContain("not reached", reboot.StdOut);
        Assert.StartsWith("cpuset cpu io memory hugetlb pids rdma misc\n1\n", after);
        Assert.EndsWith("cgroup_enable=memory cgroup_memory=1\n", after);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$", bootId);
        Assert.Equal(bootId, sameBoot);
        Assert.NotEqual(bootId, nextBoot);
    }

    [Fact]
    public async Task A_delayed_node_answers_through_the_slow_link()
    {
        await using var lab = await TestLab.StartAsync(1);

        await lab.PiClusterAsync(["lab", "delay-node", "pi-01", "200"]);
        var clock = Stopwatch.StartNew();
        var slow = await lab.SshOkAsync("pi-01", "hostname");
        var elapsed = clock.Elapsed;
        var status = await lab.PiClusterAsync(["lab", "status"]);
        await lab.PiClusterAsync(["lab", "delay-node", "pi-01", "0"]);

        Assert.Equal("ubuntu\n", slow);
        // An SSH login needs several round trips; each one now crosses the 200 ms relay twice.
        Assert.True(elapsed > TimeSpan.FromMilliseconds(4 * 400), $"took only {elapsed}");
        Assert.Contains("200 ms", status.StdOut);
        Assert.Equal("ubuntu\n", await lab.SshOkAsync("pi-01", "hostname"));
    }

    static async Task<string> WaitForAsync(TestLab lab, string node, string command)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var result = await lab.SshAsync(node, command, null, "-o", "ConnectTimeout=2");
            if (result.ExitCode == 0) return result.StdOut;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{node} did not come back");
    }

    [Fact]
    public async Task A_power_request_caught_half_written_is_no_power_cut()
    {
        await using var lab = await TestLab.StartAsync(1);
        var request = lab.NodeFile("pi-01", "power-request");

        await File.WriteAllTextAsync(request, "", TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var power = (await File.ReadAllTextAsync(lab.NodeFile("pi-01", "power"), TestContext.Current.CancellationToken)).Trim();
        File.Delete(request);

        Assert.Equal("on", power);
        Assert.Equal("ok", (await lab.SshOkAsync("pi-01", "echo ok")).Trim());
    }

    [Fact]
    public async Task A_node_whose_power_is_cut_while_it_reboots_stays_off()
    {
        // Given a node rebooting slowly
        await using var lab = await TestLab.StartAsync(1, "--reboot-ms", "3000");
        await lab.SshAsync("pi-01", "sudo reboot");
        await Task.Delay(1000, TestContext.Current.CancellationToken);

        // When its power is cut during the reboot
        var stop = await lab.PiClusterAsync(["lab", "stop-node", "pi-01"]);
        await Task.Delay(4000, TestContext.Current.CancellationToken);

        // Then it is still off after the reboot would have ended
        Assert.True(stop.ExitCode == 0, stop.ToString());
        Assert.Equal("off", (await File.ReadAllTextAsync(lab.NodeFile("pi-01", "power"), TestContext.Current.CancellationToken)).Trim());
        Assert.NotEqual(0, (await lab.SshAsync("pi-01", "true")).ExitCode);
    }
}
