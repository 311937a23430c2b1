namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s join` failures found by the joiner itself (reference §2.4), seen over plain ssh.</summary>
public sealed class JoinClientErrorTests
{
    const string Token = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task A_hostname_instead_of_an_ip_is_an_invalid_master_ip()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.SshAsync("pi-02", $"sudo microk8s join pi-01:25000/{Token}");

        Assert.Equal((1, "Invalid connection: Invalid master IP\n"), (join.ExitCode, join.StdOut));
    }

    [Fact]
    public async Task A_token_shorter_than_32_chars_is_an_invalid_connection()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.SshAsync("pi-02", $"sudo microk8s join {lab.Address("pi-01")}:25000/0123456789abcdef");

        Assert.Equal((1, "Invalid connection: Cluster token size should be at least 32 bytes\n"), (join.ExitCode, join.StdOut));
    }

    [Fact]
    public async Task A_connection_string_without_a_port_is_an_invalid_connection()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.SshAsync("pi-02", $"sudo microk8s join {lab.Address("pi-01")}/{Token}");

        Assert.Equal((1, "Invalid connection: Expected format: <master_IP>:<master_PORT>/<token>[/<fingerprint>]\n"), (join.ExitCode, join.StdOut));
    }

    [Fact]
    public async Task A_port_that_is_not_a_number_is_an_invalid_connection()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.SshAsync("pi-02", $"sudo microk8s join {lab.Address("pi-01")}:agent/{Token}");

        Assert.Equal((1, "Invalid connection: Master PORT not a number\n"), (join.ExitCode, join.StdOut));
    }

    [Fact]
    public async Task A_check_shorter_than_12_chars_is_an_invalid_connection()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.SshAsync("pi-02", $"sudo microk8s join {lab.Address("pi-01")}:25000/{Token}/abc");

        Assert.Equal((1, "Invalid connection: Fingerprint should be at least 12 bytes\n"), (join.ExitCode, join.StdOut));
    }

    [Fact]
    public async Task A_wrong_fingerprint_fails_verification_with_exit_4_and_keeps_the_token()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        var token = (await lab.TokenAsync("pi-01")).Split('/')[0];
        var ip = lab.Address("pi-01");

        var join = await lab.JoinAsync("pi-02", "pi-01", $"{token}/000000000000");
        var retry = await lab.JoinAsync("pi-02", "pi-01", token);

        Assert.Equal(4, join.ExitCode);
        Assert.Equal(
            $"Contacting cluster at {ip}\nJoining cluster failed. Could not verify the identity of {ip}. Use '--skip-verify' to skip server certificate check.\n",
            join.StdOut);
        Assert.True(retry.ExitCode == 0, $"the token should not have reached the server: {retry}");
    }

    [Fact]
    public async Task Joining_a_stopped_node_ends_in_a_connection_refused_traceback_with_exit_1()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        var token = await lab.TokenAsync("pi-01");
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "stop-node", "pi-01"])).ExitCode);

        var join = await lab.JoinAsync("pi-02", "pi-01", token);

        Assert.Equal(1, join.ExitCode);
        Assert.Equal($"Contacting cluster at {lab.Address("pi-01")}\n", join.StdOut);
        Assert.StartsWith("Traceback (most recent call last):\n", join.StdErr);
        Assert.EndsWith("\nConnectionRefusedError: [Errno 111] Connection refused\n", join.StdErr);
    }

    [Fact]
    public async Task Joining_a_hung_node_times_out_after_the_labs_silent_connect_wait_with_exit_1()
    {
        await using var lab = await ClusterSetup.StartAsync(2, "--silent-connect-ms", "1500");
        var token = await lab.TokenAsync("pi-01");
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "pause-node", "pi-01"])).ExitCode);

        var join = await lab.JoinAsync("pi-02", "pi-01", token);
        await lab.PiClusterAsync(["lab", "resume-node", "pi-01"]);

        Assert.Equal(1, join.ExitCode);
        Assert.Equal($"Contacting cluster at {lab.Address("pi-01")}\n", join.StdOut);
        Assert.StartsWith("Traceback (most recent call last):\n", join.StdErr);
        Assert.EndsWith("\nTimeoutError: [Errno 110] Connection timed out\n", join.StdErr);
    }
}
