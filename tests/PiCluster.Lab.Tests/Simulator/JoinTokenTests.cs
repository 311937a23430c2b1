namespace PiCluster.Lab.Tests.Simulator;

/// <summary>How the cluster agent consumes join tokens (reference §2.3, §2.4 "Token consumption"), seen over plain ssh.</summary>
public sealed class JoinTokenTests
{
    [Fact]
    public async Task A_control_plane_join_contacts_the_cluster_and_succeeds()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        var join = await lab.JoinAsync("pi-02", "pi-01", await lab.TokenAsync("pi-01"));

        Assert.Equal(0, join.ExitCode);
        Assert.StartsWith($"Contacting cluster at {lab.Address("pi-01")}\nWaiting for this node to finish joining the cluster.", join.StdOut);
        Assert.EndsWith("\nSuccessfully joined the cluster.\n", join.StdOut);
    }

    [Fact]
    public async Task A_single_use_token_works_for_one_join_only()
    {
        await using var lab = await ClusterSetup.StartAsync(3);
        var token = await lab.TokenAsync("pi-01");

        var first = await lab.JoinAsync("pi-02", "pi-01", token);
        var second = await lab.JoinAsync("pi-03", "pi-01", token);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal((6, $"Contacting cluster at {lab.Address("pi-01")}\nConnection failed. Invalid token (500).\n"), (second.ExitCode, second.StdOut));
    }

    [Fact]
    public async Task A_token_with_a_ttl_works_for_several_joins()
    {
        await using var lab = await ClusterSetup.StartAsync(3);
        var token = await lab.TokenAsync("pi-01", "--token-ttl 300");

        var first = await lab.JoinAsync("pi-02", "pi-01", token);
        var second = await lab.JoinAsync("pi-03", "pi-01", token);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.EndsWith("Successfully joined the cluster.\n", second.StdOut);
    }

    [Fact]
    public async Task A_server_side_failure_burns_the_single_use_token()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        var token = await lab.TokenAsync("pi-01");
        await lab.PiClusterAsync(["lab", "fault", "pi-02", "add", "join", "dqlite-known", "--times", "1"]);

        var failed = await lab.JoinAsync("pi-02", "pi-01", token);
        var retried = await lab.JoinAsync("pi-02", "pi-01", token);

        Assert.Equal(6, failed.ExitCode);
        Assert.EndsWith(
            $"Connection failed. Failed to retrieve dqlite cluster nodes: the joining node ({lab.Address("pi-02")}) is already known to dqlite (500).\n",
            failed.StdOut);
        Assert.Equal((6, $"Contacting cluster at {lab.Address("pi-01")}\nConnection failed. Invalid token (500).\n"), (retried.ExitCode, retried.StdOut));
    }

    [Fact]
    public async Task A_node_already_in_dqlite_joining_again_is_refused_as_known()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        await lab.JoinOkAsync("pi-02", "pi-01");

        var again = await lab.JoinAsync("pi-02", "pi-01", await lab.TokenAsync("pi-01"));

        Assert.Equal(6, again.ExitCode);
        Assert.EndsWith(
            $"Connection failed. Failed to retrieve dqlite cluster nodes: the joining node ({lab.Address("pi-02")}) is already known to dqlite (500).\n",
            again.StdOut);
    }

    [Fact]
    public async Task A_token_is_only_known_to_the_node_that_issued_it()
    {
        await using var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        var token = await lab.TokenAsync("pi-01");

        var elsewhere = await lab.JoinAsync("pi-03", "pi-02", token, "--skip-verify");

        Assert.Equal((6, $"Contacting cluster at {lab.Address("pi-02")}\nConnection failed. Invalid token (500).\n"), (elsewhere.ExitCode, elsewhere.StdOut));
    }
}
