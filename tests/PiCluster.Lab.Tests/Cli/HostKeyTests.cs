namespace PiCluster.Lab.Tests.Cli;

/// <summary>Host keys are checked against known_hosts; trusting a new one takes a flag; a changed one is always refused.</summary>
public sealed class HostKeyTests
{
    [Fact]
    public async Task An_unknown_host_fails_with_its_fingerprint_until_trusted_explicitly()
    {
        await using var lab = await TestLab.StartAsync(2);
        var knownHosts = Path.Combine(lab.Dir, "empty_known_hosts");
        File.WriteAllText(knownHosts, "");
        var inventory = lab.WriteInventory("unknown.yaml", $"ansible_ssh_common_args: -o UserKnownHostsFile={knownHosts}", withKnownHosts: false);
        var fingerprint = (await ProcessResult.RunAsync("ssh-keygen", ["-lf", lab.NodeFile("pi-01", "ssh_host_ed25519_key.pub")])).StdOut.Split(' ')[1];

        var unknown = await lab.ToolAsync(["ping", "-i", inventory]);
        var trusted = await lab.ToolAsync(["ping", "-i", inventory, "--trust-new-hosts"]);
        var again = await lab.ToolAsync(["ping", "-i", inventory]);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Matches(@"pi-01\s+\S+\s+host key unknown", unknown.StdOut);
        Assert.Contains(fingerprint, unknown.StdOut);
        Assert.Contains("--trust-new-hosts", unknown.StdOut);
        Assert.True(trusted.ExitCode == 0, trusted.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(2, File.ReadAllLines(knownHosts).Length);
    }

    [Fact]
    public async Task A_changed_host_key_is_refused_even_with_trust_new_hosts()
    {
        await using var lab = await TestLab.StartAsync(2);
        var knownHosts = Path.Combine(lab.Dir, "client", "known_hosts");
        var lines = File.ReadAllLines(knownHosts);
        var impostor = lines[1].Split(' ')[1..];
        File.WriteAllLines(knownHosts, [string.Join(' ', [lines[0].Split(' ')[0], .. impostor]), lines[1]]);
        var before = File.ReadAllText(knownHosts);

        var ping = await lab.ToolAsync(["ping", "-i", lab.Inventory, "--trust-new-hosts"]);

        Assert.Equal(2, ping.ExitCode);
        Assert.Matches(@"pi-01\s+\S+\s+HOST KEY CHANGED", ping.StdOut);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(ping.StdOut, "SHA256:"));
        Assert.Matches(@"ssh-keygen -f \S+known_hosts -R 127\.77\.\d+\.1", ping.StdOut);
        Assert.Matches(@"pi-02\s+\S+\s+pong in", ping.StdOut);
        Assert.Equal(before, File.ReadAllText(knownHosts));
    }
}
