namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s status --wait-ready` (reference §2.2) and `microk8s enable` (§2.8), seen over plain ssh.</summary>
public sealed class StatusAndAddonTests
{
    const string NotRunning = "microk8s is not running. Use microk8s inspect for a deeper inspection.\n";

    static async Task<TestLab> SlowStartingNodeAsync()
    {
        var lab = await TestLab.StartAsync(1, "--memory-cgroup-on", "pi-01");
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "delays", "--start-ms", "60000"])).ExitCode);
        await lab.SshOkAsync("pi-01", ClusterSetup.Install);
        return lab;
    }

    [Fact]
    public async Task Wait_ready_with_a_timeout_gives_up_with_the_not_running_message_and_exit_1()
    {
        await using var lab = await SlowStartingNodeAsync();

        var status = await lab.SshAsync("pi-01", "sudo microk8s status --wait-ready --timeout 2");

        Assert.Equal((1, NotRunning), (status.ExitCode, status.StdOut));
    }

    [Fact]
    public async Task Wait_ready_without_a_timeout_keeps_waiting()
    {
        await using var lab = await SlowStartingNodeAsync();

        var status = await lab.SshAsync("pi-01", "sudo timeout 3 /snap/bin/microk8s status --wait-ready");

        Assert.Equal(124, status.ExitCode);
    }

    [Fact]
    public async Task Status_of_a_fresh_single_node_shows_no_ha_and_the_loopback_datastore()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var status = await lab.SshAsync("pi-01", "sudo microk8s status --wait-ready --timeout 30");

        Assert.Equal(0, status.ExitCode);
        Assert.StartsWith(
            "microk8s is running\nhigh-availability: no\n  datastore master nodes: 127.0.0.1:19001\n  datastore standby nodes: none\naddons:\n  enabled:\n" +
            "    dns                  # (core) CoreDNS\n",
            status.StdOut);
    }

    [Fact]
    public async Task Three_control_plane_nodes_form_ha_with_their_lab_addresses()
    {
        await using var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.JoinOkAsync("pi-03", "pi-01");

        var status = await lab.SshOkAsync("pi-01", "sudo microk8s status");

        var masters = $"{lab.Address("pi-01")}:19001 {lab.Address("pi-02")}:19001 {lab.Address("pi-03")}:19001";
        Assert.StartsWith($"microk8s is running\nhigh-availability: yes\n  datastore master nodes: {masters}\n  datastore standby nodes: none\n", status);
    }

    [Fact]
    public async Task Metallb_without_a_range_fails_when_stdin_is_at_eof()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var enable = await lab.SshAsync("pi-01", "sudo microk8s enable metallb </dev/null");

        Assert.Equal(1, enable.ExitCode);
        Assert.DoesNotContain("MetalLB is enabled", enable.StdOut);
    }

    [Fact]
    public async Task Metallb_with_a_range_is_enabled()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var enable = await lab.SshAsync("pi-01", "sudo microk8s enable metallb:10.0.0.240-10.0.0.250");

        Assert.Equal(0, enable.ExitCode);
        Assert.Contains("Enabling MetalLB\n", enable.StdOut);
        Assert.EndsWith("MetalLB is enabled\n", enable.StdOut);
    }

    [Fact]
    public async Task Metallb_with_a_bad_range_is_refused_with_exit_1()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var enable = await lab.SshAsync("pi-01", "sudo microk8s enable metallb:10.0.0.x");

        Assert.Equal(1, enable.ExitCode);
        Assert.Contains("Your input value (10.0.0.x) is not a valid IP Range", enable.StdOut);
    }

    [Fact]
    public async Task Enabling_dns_when_it_is_enabled_says_so_and_exits_0()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var first = await lab.SshAsync("pi-01", "sudo microk8s enable dns");
        var second = await lab.SshAsync("pi-01", "sudo microk8s enable dns");

        Assert.Equal((0, "Addon core/dns is already enabled\n", "Infer repository core for addon dns\n"), (first.ExitCode, first.StdOut, first.StdErr));
        Assert.Equal((0, "Addon core/dns is already enabled\n"), (second.ExitCode, second.StdOut));
    }

    [Fact]
    public async Task Enabling_an_unknown_addon_fails_with_exit_1()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var enable = await lab.SshAsync("pi-01", "sudo microk8s enable foo");

        Assert.Equal(1, enable.ExitCode);
        Assert.Contains("Addon foo was not found in any repository\n", enable.StdErr);
    }
}
