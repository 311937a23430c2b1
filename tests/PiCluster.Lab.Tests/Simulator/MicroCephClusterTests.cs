using System.Text;
using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microceph cluster bootstrap|add|join|list` (reference §3.2–3.5) over plain ssh: texts, stderr, exit codes.</summary>
public sealed class MicroCephClusterTests
{
    const string Online = "Error: Unable to initialize cluster: Database is online\n";
    static readonly string[] Members = ["pi-01", "pi-02", "pi-03"];

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
    public async Task Cluster_sql_deletes_a_names_unused_token_so_a_new_one_can_be_made()
    {
        await using var lab = await CephSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");
        await lab.CephTokenAsync("pi-01", "pi-02");

        var deleted = await lab.MicroCephAsync("pi-01", "cluster sql \"DELETE FROM core_token_records WHERE name = 'pi-02'\"");
        var again = await lab.MicroCephAsync("pi-01", "cluster sql \"DELETE FROM core_token_records WHERE name = 'pi-02'\"");
        var otherTable = await lab.MicroCephAsync("pi-01", "cluster sql \"DELETE FROM internal_token_records WHERE name = 'pi-02'\"");
        var add = await lab.MicroCephAsync("pi-01", "cluster add pi-02");

        Assert.Equal((0, "Rows affected: 1\n", ""), (deleted.ExitCode, deleted.StdOut, deleted.StdErr));
        Assert.Equal((0, "Rows affected: 0\n"), (again.ExitCode, again.StdOut));
        Assert.Equal((1, "Error: Failed to execute query: no such table: internal_token_records\n"), (otherTable.ExitCode, otherTable.StdErr));
        Assert.Equal(0, add.ExitCode);
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
    public async Task Cluster_list_on_the_default_build_draws_lxds_table_with_a_member_that_is_down_as_unreachable()
    {
        // Given: the build Pis hold (rev 1228), three members, pi-03 powered off
        await using var lab = await CephSetup.StartAsync(3);
        await lab.FormCephAsync("pi-01", "pi-02", "pi-03");
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);

        // When
        var table = await lab.MicroCephAsync("pi-02", "cluster list");

        // Then: exactly tablewriter's rendering (widths from the longest cell, headers centred with the extra space right, a rule
        // after every row), in natural NAME order
        Assert.Equal((0, ""), (table.ExitCode, table.StdErr));
        var rows = table.StdOut.Split('\n').Where(l => l.StartsWith('|')).Skip(1).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(Members, rows.Select(r => r[0]));
        Assert.Equal(Members.Select(n => $"{lab.Address(n)}:7443"), rows.Select(r => r[1]));
        Assert.All(rows, r => Assert.Equal("voter", r[2]));
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r[3]));
        Assert.Equal(["ONLINE", "ONLINE", "UNREACHABLE"], rows.Select(r => r[4]));
        Assert.Equal(TableWriter(["NAME", "ADDRESS", "ROLE", "FINGERPRINT", "STATUS"], rows), table.StdOut);
    }

    [Fact]
    public async Task Cluster_list_on_the_default_build_refuses_the_format_flag_as_cobra_does_even_before_bootstrap()
    {
        await using var lab = await CephSetup.StartAsync(1);
        var early = await lab.MicroCephAsync("pi-01", "cluster list -f json");
        await lab.SshOkAsync("pi-01", "sudo microceph cluster bootstrap");

        var shorthand = await lab.MicroCephAsync("pi-01", "cluster list -f json");
        var glued = await lab.MicroCephAsync("pi-01", "cluster list -fjson");
        var longFlag = await lab.MicroCephAsync("pi-01", "cluster list --format json");
        var longEquals = await lab.MicroCephAsync("pi-01", "cluster list --format=json");
        var version = await lab.SshOkAsync("pi-01", "snap list microceph");

        Assert.Matches(@"\nmicroceph +19\.2\.0\+snap9aeaeb2970 +1228 +squid/stable ", version);
        foreach (var refused in new[] { early, shorthand })
            Assert.Equal((1, "", "Error: unknown shorthand flag: 'f' in -f\n"), (refused.ExitCode, refused.StdOut, refused.StdErr));
        Assert.Equal((1, "", "Error: unknown shorthand flag: 'f' in -fjson\n"), (glued.ExitCode, glued.StdOut, glued.StdErr));
        foreach (var refused in new[] { longFlag, longEquals })
            Assert.Equal((1, "", "Error: unknown flag: --format\n"), (refused.ExitCode, refused.StdOut, refused.StdErr));
    }

    [Fact]
    public async Task Cluster_list_on_a_build_with_the_format_flag_prints_json_on_one_line_in_database_order()
    {
        // Given: the lab's store serves squid rev 1895; pi-02 forms the cluster, so the database lists it first
        await using var lab = await CephSetup.StartAsync(3, "--microceph-revision", "1895");
        await lab.FormCephAsync("pi-02", "pi-01", "pi-03");
        await lab.PiClusterAsync(["lab", "stop-node", "pi-03"]);

        // When
        var json = await lab.MicroCephAsync("pi-01", "cluster list -f json");
        var table = await lab.MicroCephAsync("pi-01", "cluster list -f table");
        var plain = await lab.MicroCephAsync("pi-01", "cluster list");
        var csv = await lab.MicroCephAsync("pi-01", "cluster list --format=csv");
        var bad = await lab.MicroCephAsync("pi-01", "cluster list -f xml");
        var version = await lab.SshOkAsync("pi-01", "snap list microceph");

        // Then
        Assert.Matches(@"\nmicroceph +19\.2\.3\+snap897bcdd902 +1895 +squid/stable ", version);
        Assert.Equal((0, ""), (json.ExitCode, json.StdErr));
        Assert.Single(json.StdOut.TrimEnd('\n').Split('\n'));
        using var members = JsonDocument.Parse(json.StdOut);
        Assert.Equal(["pi-02", "pi-01", "pi-03"], members.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()!));
        Assert.Equal(["ONLINE", "ONLINE", "UNREACHABLE"], members.RootElement.EnumerateArray().Select(m => m.GetProperty("status").GetString()!));
        Assert.Equal(
            ["name", "address", "certificate", "role", "schema_internal_version", "schema_external_version", "last_heartbeat", "status", "extensions", "secret"],
            members.RootElement[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal($"{lab.Address("pi-02")}:7443", members.RootElement[0].GetProperty("address").GetString());
        Assert.Equal((0, plain.StdOut), (table.ExitCode, table.StdOut));
        Assert.Contains("| pi-03 |", plain.StdOut);
        Assert.True(plain.StdOut.IndexOf("| pi-01 |", StringComparison.Ordinal) < plain.StdOut.IndexOf("| pi-02 |", StringComparison.Ordinal));
        Assert.Equal(0, csv.ExitCode);
        Assert.Matches($@"^pi-01,{lab.Address("pi-01")}:7443,voter,[0-9a-f]{{64}},ONLINE\npi-02,", csv.StdOut);
        Assert.Equal((1, "Error: Invalid format \"xml\"\n"), (bad.ExitCode, bad.StdErr));
    }

    /// <summary>olekukonko/tablewriter v0.0.5 as LXD's RenderTable sets it up (table.go getBaseTable, SetRowLine), written from
    /// its rules: each column as wide as its longest cell plus a space each side; headers centred, the odd space on the right.</summary>
    static string TableWriter(string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var rule = "+" + string.Concat(widths.Select(w => new string('-', w + 2) + "+")) + "\n";
        string Line(IEnumerable<string> cells) => "|" + string.Concat(cells.Select(c => $" {c} |")) + "\n";
        var text = rule + Line(header.Select((h, c) => new string(' ', (widths[c] - h.Length) / 2) + h + new string(' ', widths[c] - h.Length - ((widths[c] - h.Length) / 2)))) + rule;
        return text + string.Concat(rows.Select(r => Line(r.Select((cell, c) => cell.PadRight(widths[c]))) + rule));
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
