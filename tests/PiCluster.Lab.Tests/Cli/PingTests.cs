namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster ping` against the lab: real sshd, real sudo, real faults.</summary>
public sealed class PingTests
{
    [Fact]
    public async Task Every_node_answers_with_pong()
    {
        await using var lab = await TestLab.StartAsync(3);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory]);

        Assert.True(ping.ExitCode == 0, ping.ToString());
        foreach (var node in new[] { "pi-01", "pi-02", "pi-03" })
            Assert.Matches($@"{node}\s+127\.77\.\d+\.\d+\s+pong in \d+ ms", ping.StdOut);
        Assert.Contains("3 of 3 hosts answered.", ping.StdOut);
    }

    [Fact]
    public async Task A_stopped_node_is_refused_and_the_others_still_answer()
    {
        await using var lab = await TestLab.StartAsync(3);
        await lab.PiClusterAsync(["lab", "stop-node", "pi-02"]);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory]);

        Assert.True(ping.ExitCode == 2, ping.ToString());
        Assert.Matches(@"pi-02\s+127\.77\.\d+\.2\s+refused", ping.StdOut);
        Assert.Contains("refused the connection", ping.StdOut);
        Assert.Matches(@"pi-01\s+\S+\s+pong in", ping.StdOut);
        Assert.Matches(@"pi-03\s+\S+\s+pong in", ping.StdOut);
        Assert.Contains("2 of 3 hosts answered.", ping.StdOut);
        Assert.Contains("Log: ", ping.StdErr);
    }

    [Fact]
    public async Task A_frozen_node_times_out_without_holding_up_the_others()
    {
        await using var lab = await TestLab.StartAsync(3);
        await lab.PiClusterAsync(["lab", "pause-node", "pi-03"]);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory, "--timeout", "2"]);
        await lab.PiClusterAsync(["lab", "resume-node", "pi-03"]);

        Assert.True(ping.ExitCode == 2, ping.ToString());
        Assert.Matches(@"pi-03\s+\S+\s+timeout", ping.StdOut);
        Assert.Contains("within 2 s", ping.StdOut);
        Assert.Matches(@"pi-01\s+\S+\s+pong in", ping.StdOut);
        Assert.Matches(@"pi-02\s+\S+\s+pong in", ping.StdOut);
    }

    [Fact]
    public async Task Ctrl_c_stops_a_run_that_waits_on_a_frozen_node()
    {
        await using var lab = await TestLab.StartAsync(2);
        await lab.PiClusterAsync(["lab", "pause-node", "pi-02"]);
        Directory.CreateDirectory(lab.Home);
        using var ping = System.Diagnostics.Process.Start(Repo.Interruptible(["ping", "-i", lab.Inventory, "--timeout", "60"], lab.Home))!;
        var stderr = ping.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        await ProcessResult.RunAsync("kill", ["-INT", ping.Id.ToString()]);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await ping.WaitForExitAsync(patience.Token);
        await lab.PiClusterAsync(["lab", "resume-node", "pi-02"]);

        Assert.Equal(130, ping.ExitCode);
        Assert.Contains("stopping", await stderr);
    }

    [Fact]
    public async Task Kex_algorithms_in_the_inventory_choose_the_key_exchange()
    {
        await using var lab = await TestLab.StartAsync(1);
        string Inventory(string name, string kex) => lab.WriteInventory(name,
            $"ansible_ssh_common_args: -o UserKnownHostsFile={lab.Dir}/client/known_hosts -o KexAlgorithms={kex}", withKnownHosts: false);

        var classic = await lab.ToolAsync(["ping", "-i", Inventory("classic.yaml", "curve25519-sha256")]);
        var unsupported = await lab.ToolAsync(["ping", "-i", Inventory("old.yaml", "diffie-hellman-group1-sha1")]);

        Assert.True(classic.ExitCode == 0, classic.ToString());
        Assert.Equal(2, unsupported.ExitCode);
        Assert.Contains("KexAlgorithms=diffie-hellman-group1-sha1 in the inventory's ssh options leaves no key exchange picluster supports", unsupported.StdOut);
    }

    [Fact]
    public async Task Limit_takes_ansible_host_patterns()
    {
        await using var lab = await TestLab.StartAsync(3);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory, "--limit", "edge:!pi-02"]);

        Assert.True(ping.ExitCode == 0, ping.ToString());
        Assert.Contains("pi-01", ping.StdOut);
        Assert.Contains("pi-03", ping.StdOut);
        Assert.DoesNotContain("pi-02", ping.StdOut);
        Assert.Contains("2 of 2 hosts answered.", ping.StdOut);
    }

    [Fact]
    public async Task Json_output_says_per_host_what_happened()
    {
        await using var lab = await TestLab.StartAsync(2);
        await lab.PiClusterAsync(["lab", "stop-node", "pi-01"]);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory, "--output", "json"]);

        using var json = System.Text.Json.JsonDocument.Parse(ping.StdOut);
        var hosts = json.RootElement.GetProperty("hosts").EnumerateArray().ToList();
        Assert.Equal(("pi-01", false, "refused"), (hosts[0].GetProperty("host").GetString(), hosts[0].GetProperty("ok").GetBoolean(), hosts[0].GetProperty("failure").GetString()));
        Assert.Equal(("pi-02", true, "pong"), (hosts[1].GetProperty("host").GetString(), hosts[1].GetProperty("ok").GetBoolean(), hosts[1].GetProperty("result").GetString()));
        Assert.Equal(2, ping.ExitCode);
    }

    [Fact]
    public async Task A_jump_host_carries_the_connection()
    {
        await using var lab = await TestLab.StartAsync(3);
        var bastion = (await lab.SshOkAsync("pi-01", "echo $SSH_CONNECTION")).Split(' ')[2];
        var inventory = lab.WriteInventory("via-bastion.yaml", $"picluster_jump_host: ubuntu@{bastion}");

        var through = await lab.ToolAsync(["ping", "-i", inventory, "--limit", "pi-02:pi-03"]);
        await lab.PiClusterAsync(["lab", "stop-node", "pi-01"]);
        var bastionDown = await lab.ToolAsync(["ping", "-i", inventory, "--limit", "pi-02"]);

        Assert.True(through.ExitCode == 0, through.ToString());
        Assert.Equal(2, bastionDown.ExitCode);
        Assert.Contains(bastion, bastionDown.StdOut);
    }
}
