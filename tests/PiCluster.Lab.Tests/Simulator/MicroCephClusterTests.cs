using System.Text;
using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microceph cluster bootstrap|add|join|list` (reference §3.2–3.5) over plain ssh: texts, stderr, exit codes.</summary>
public sealed class MicroCephClusterTests
{
    const string Online = "Error: Unable to initialize cluster: Database is online\n";

    [Fact]
    public async Task Bootstrap_is_silent_and_a_second_bootstrap_finds_the_database_online()
    {
        await using var lab = await CephSetup.StartAsync(1);
        var before = await lab.MicroCephAsync("pi-01", "cluster list");

        var first = await lab.MicroCephAsync("pi-01", "cluster bootstrap");
        var second = await lab.MicroCephAsync("pi-01", "cluster bootstrap");

        Assert.Equal((1, "", "Error: Database is not yet initialized\n"), (before.ExitCode, before.StdOut, before.StdErr));
        Assert.Equal((0, "", ""), (first.ExitCode, first.StdOut, first.StdErr));
        Assert.Equal((1, "", Online), (second.ExitCode, second.StdOut, second.StdErr));
    }

    [Fact]
    public async Task Cluster_add_prints_one_token_bound_to_the_name_and_refuses_a_second_unused_one()
    {
        await using var lab = await CephSetup.StartAsync(1);
        var early = await lab.MicroCephAsync("pi-01", "cluster add pi-02");
        await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");

        var add = await lab.MicroCephAsync("pi-01", "cluster add pi-02");
        var again = await lab.MicroCephAsync("pi-01", "cluster add pi-02");
        var badName = await lab.MicroCephAsync("pi-01", "cluster add pi_02");
        var badTimeout = await lab.MicroCephAsync("pi-01", "cluster add pi-03 --timeout soon");

        Assert.Equal((1, "Error: Database is not yet initialized\n"), (early.ExitCode, early.StdErr));
        Assert.Equal(0, add.ExitCode);
        Assert.Single(add.StdOut.TrimEnd('\n').Split('\n'));
        using var token = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(add.StdOut.Trim())));
        Assert.Equal(64, token.RootElement.GetProperty("secret").GetString()!.Length);
        Assert.Equal(64, token.RootElement.GetProperty("fingerprint").GetString()!.Length);
        Assert.Equal(new[] { $"{lab.Address("pi-01")}:7443" }, token.RootElement.GetProperty("join_addresses").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal((1, "", "Error: Failed to create \"core_token_records\" entry: UNIQUE constraint failed: core_token_records.name\n"),
            (again.ExitCode, again.StdOut, again.StdErr));
        Assert.Equal(1, badName.ExitCode);
        Assert.StartsWith("Error: Token name \"pi_02\" is not a valid FQDN: ", badName.StdErr);
        Assert.Equal((1, "Error: Invalid value for timeout flag: time: invalid duration \"soon\"\n"), (badTimeout.ExitCode, badTimeout.StdErr));
    }

    [Fact]
    public async Task A_token_joins_only_the_host_it_names_once_and_a_rejoining_address_is_refused()
    {
        await using var lab = await CephSetup.StartAsync(3);
        await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");
        var forPi02 = await lab.CephTokenAsync("pi-01", "pi-02");

        var wrongHost = await lab.MicroCephAsync("pi-03", $"cluster join {forPi02}");
        var joined = await lab.MicroCephAsync("pi-02", $"cluster join {forPi02}");
        var twice = await lab.MicroCephAsync("pi-02", $"cluster join {forPi02}");
        var bootstrapOnMember = await lab.MicroCephAsync("pi-02", "cluster bootstrap");
        var forPi03 = await lab.CephTokenAsync("pi-01", "pi-03");
        await lab.SshOkAsync("pi-03", $"sudo microceph cluster join {forPi03}");
        await lab.SshOkAsync("pi-03", $"sudo snap remove microceph && {CephSetup.Install}");
        var used = await lab.MicroCephAsync("pi-03", $"cluster join {forPi03}");
        var rejoin = await lab.MicroCephAsync("pi-03", $"cluster join {await lab.CephTokenAsync("pi-01", "pi-03")}");

        Assert.Equal((1, "Error: 1 join attempts were unsuccessful. Last error: Joining server certificate SAN does not contain join token name\n"),
            (wrongHost.ExitCode, wrongHost.StdErr));
        Assert.Equal((0, "", ""), (joined.ExitCode, joined.StdOut, joined.StdErr));
        Assert.Equal((1, Online), (twice.ExitCode, twice.StdErr));
        Assert.Equal((1, Online), (bootstrapOnMember.ExitCode, bootstrapOnMember.StdErr));
        Assert.Equal((1, "Error: 2 join attempts were unsuccessful. Last error: CoreTokenRecord not found\n"), (used.ExitCode, used.StdErr));
        Assert.Equal((1, $"Error: 3 join attempts were unsuccessful. Last error: Remote with address \"{lab.Address("pi-03")}:7443\" exists\n"),
            (rejoin.ExitCode, rejoin.StdErr));
    }

    [Fact]
    public async Task An_expired_or_malformed_token_is_refused()
    {
        await using var lab = await CephSetup.StartAsync(2);
        await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");
        var shortLived = await lab.CephTokenAsync("pi-01", "pi-02", "--timeout 1s");
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        var expired = await lab.MicroCephAsync("pi-02", $"cluster join {shortLived}");
        var malformed = await lab.MicroCephAsync("pi-02", "cluster join not-a-token");

        Assert.Equal((1, "Error: 1 join attempts were unsuccessful. Last error: Token expired\n"), (expired.ExitCode, expired.StdErr));
        Assert.Equal(1, malformed.ExitCode);
        Assert.StartsWith("Error: invalid join token: ", malformed.StdErr);
    }

    [Fact]
    public async Task Cluster_list_shows_every_member_and_which_ones_answer()
    {
        await using var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        var table = await lab.SshOkAsync("pi-02", "sudo microceph cluster list");
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);

        var json = await lab.SshOkAsync("pi-01", "sudo microceph cluster list -f json");

        var lines = table.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.Matches(@"^\| NAME  \| +ADDRESS +\| ROLE  \| +FINGERPRINT +\| STATUS \|$", lines[1]);
        Assert.Matches($@"^\| pi-01 \| {lab.Address("pi-01")}:7443 +\| voter \| [0-9a-f]{{64}} \| ONLINE \|$", lines[3]);
        using var members = JsonDocument.Parse(json);
        Assert.Equal(
            new[] { ("pi-01", "voter", "ONLINE"), ("pi-02", "voter", "ONLINE"), ("pi-03", "voter", "UNREACHABLE") },
            members.RootElement.EnumerateArray().Select(m => (m.GetProperty("name").GetString()!, m.GetProperty("role").GetString()!, m.GetProperty("status").GetString()!)));
    }

    [Fact]
    public async Task Every_command_fails_on_the_control_socket_while_the_daemon_is_stopped()
    {
        await using var lab = await CephSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "sudo snap stop microceph");

        var bootstrap = await lab.MicroCephAsync("pi-01", "cluster bootstrap");

        Assert.Equal(1, bootstrap.ExitCode);
        Assert.Equal("Error: Post \"http://control.socket/cluster/control\": dial unix /var/snap/microceph/common/state/control.socket: connect: no such file or directory\n",
            bootstrap.StdErr);
    }
}
