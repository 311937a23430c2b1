namespace PiCluster.Lab.Tests.Cli;

/// <summary>Keys with passphrases, an ssh-agent, and sudo with a password, against real sshd and sudo.</summary>
public sealed class CredentialTests
{
    [Fact]
    public async Task A_passphrase_protected_key_works_with_its_passphrase_and_says_so_when_wrong()
    {
        await using var lab = await TestLab.StartAsync(2);
        var key = Path.Combine(lab.Dir, "locked_ed25519");
        await ProcessResult.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "open sesame", "-f", key]);
        foreach (var node in new[] { "pi-01", "pi-02" })
            await lab.SshOkAsync(node, "cat >> ~/.ssh/authorized_keys", File.ReadAllText(key + ".pub"));
        var inventory = lab.WriteInventory("locked.yaml", $"ansible_ssh_private_key_file: {key}", withKey: false);

        var right = await lab.ToolAsync(["ping", "-i", inventory], new Dictionary<string, string?> { ["PICLUSTER_SSH_PASSPHRASE"] = "open sesame" });
        var wrong = await lab.ToolAsync(["ping", "-i", inventory], new Dictionary<string, string?> { ["PICLUSTER_SSH_PASSPHRASE"] = "open barley" });
        var none = await lab.ToolAsync(["ping", "-i", inventory]);

        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Equal(2, wrong.ExitCode);
        Assert.Matches(@"pi-01\s+\S+\s+key unusable", wrong.StdOut);
        Assert.Contains("the passphrase in PICLUSTER_SSH_PASSPHRASE does not open", wrong.StdOut);
        Assert.DoesNotContain("open barley", wrong.StdOut + wrong.StdErr);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("PICLUSTER_SSH_PASSPHRASE", none.StdOut);
    }

    [Fact]
    public async Task Without_an_inventory_key_the_users_default_key_logs_in()
    {
        await using var lab = await TestLab.StartAsync(2);
        var inventory = lab.WriteInventory("default-key.yaml", "", withKey: false);
        var without = await lab.ToolAsync(["ping", "-i", inventory]);
        Directory.CreateDirectory(Path.Combine(lab.Home, ".ssh"));
        File.Copy(lab.ClientKey, Path.Combine(lab.Home, ".ssh", "id_ed25519"));

        var with = await lab.ToolAsync(["ping", "-i", inventory]);

        Assert.Equal(2, without.ExitCode);
        Assert.Contains("no key in", without.StdOut);
        Assert.True(with.ExitCode == 0, with.ToString());
    }

    [Fact]
    public async Task An_inventory_password_logs_in_where_no_key_is_authorized()
    {
        await using var lab = await TestLab.StartAsync(2, "--no-key", "--password", "inv-pw-5");
        var inventory = lab.WriteInventory("password.yaml", "ansible_password: inv-pw-5", withKey: false);

        var ping = await lab.ToolAsync(["ping", "-i", inventory]);

        Assert.True(ping.ExitCode == 0, ping.ToString());
        Assert.DoesNotContain("inv-pw-5", ping.StdOut + ping.StdErr);
    }

    [Fact]
    public async Task Keys_held_by_an_ssh_agent_log_in()
    {
        await using var lab = await TestLab.StartAsync(2);
        var socket = Path.Combine(lab.Dir, "agent.sock");
        var agent = await ProcessResult.RunAsync("ssh-agent", ["-a", socket]);
        var agentPid = System.Text.RegularExpressions.Regex.Match(agent.StdOut, @"SSH_AGENT_PID=(\d+)").Groups[1].Value;
        try
        {
            var add = await ProcessResult.RunAsync("ssh-add", [lab.ClientKey], environment: new Dictionary<string, string?> { ["SSH_AUTH_SOCK"] = socket });
            Assert.True(add.ExitCode == 0, add.ToString());
            var inventory = lab.WriteInventory("agent.yaml", "", withKey: false);

            var withAgent = await lab.ToolAsync(["ping", "-i", inventory], new Dictionary<string, string?> { ["SSH_AUTH_SOCK"] = socket });
            var withoutAgent = await lab.ToolAsync(["ping", "-i", inventory]);

            Assert.True(withAgent.ExitCode == 0, withAgent.ToString());
            Assert.Equal(2, withoutAgent.ExitCode);
            Assert.Matches(@"pi-01\s+\S+\s+auth failed", withoutAgent.StdOut);
        }
        finally
        {
            await ProcessResult.RunAsync("kill", [agentPid]);
        }
    }

    [Fact]
    public async Task Sudo_with_a_password_takes_it_from_the_inventory_and_never_shows_it()
    {
        await using var lab = await TestLab.StartAsync(2, "--password", "pi-secret-42", "--sudo-needs-password");
        var withPassword = lab.WriteInventory("become.yaml", "ansible_become_password: pi-secret-42");

        var without = await lab.ToolAsync(["ping", "-i", lab.Inventory]);
        var with = await lab.ToolAsync(["ping", "-i", withPassword]);
        var listed = await lab.ToolAsync(["inventory", "list", "-i", withPassword]);

        Assert.Equal(2, without.ExitCode);
        Assert.Matches(@"pi-01\s+\S+\s+sudo needs a password", without.StdOut);
        Assert.Contains("--ask-become-pass", without.StdOut);
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Contains("\"ansible_become_password\": \"********\"", listed.StdOut);
        var everything = string.Concat(without.StdOut, without.StdErr, with.StdOut, with.StdErr, listed.StdOut, listed.StdErr)
            + string.Concat(Directory.GetFiles(lab.Home, "*.log", SearchOption.AllDirectories).Select(File.ReadAllText))
            + File.ReadAllText(lab.NodeFile("pi-01", "ssh-commands.log"));
        Assert.DoesNotContain("pi-secret-42", everything);
    }

    [Fact]
    public async Task Ask_become_pass_asks_once_on_the_terminal_without_echo()
    {
        await using var lab = await TestLab.StartAsync(2, "--password", "typed-pw-9", "--sudo-needs-password");
        Directory.CreateDirectory(lab.Home);
        var environment = new Dictionary<string, string?> { ["HOME"] = lab.Home, ["TERM"] = "xterm" };

        // `script` gives the tool a real terminal; the password is typed once the prompt is up.
        var session = await ProcessResult.RunAsync("sh",
            ["-c", $"(sleep 2; printf 'typed-pw-9\\n') | script -qec '{Repo.Launcher} ping -i {lab.Inventory} -K' /dev/null"],
            environment: environment);

        Assert.True(session.ExitCode == 0, session.ToString());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(session.StdOut, "BECOME password:"));
        Assert.Contains("2 of 2 hosts answered.", session.StdOut);
        Assert.DoesNotContain("typed-pw-9", session.StdOut);
    }
}
