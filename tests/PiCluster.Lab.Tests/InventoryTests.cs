namespace PiCluster.Lab.Tests;

/// <summary>The inventory `lab up` writes works unchanged with plain ssh and with Ansible.</summary>
public sealed class InventoryTests
{
    [Fact]
    public async Task Ansible_pings_every_node_through_the_generated_inventory()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/ansible"), "ansible is not installed (apt-get install ansible)");
        await using var lab = await TestLab.StartAsync(3);

        var ping = await ProcessResult.RunAsync("/usr/bin/ansible", ["edge", "-i", lab.Inventory, "-m", "ping"]);

        Assert.True(ping.ExitCode == 0, ping.ToString());
        foreach (var node in new[] { "pi-01", "pi-02", "pi-03" })
            Assert.Contains($"{node} | SUCCESS", ping.StdOut);
    }

    [Fact]
    public async Task Known_hosts_pins_every_node_key()
    {
        await using var lab = await TestLab.StartAsync(2);

        var strict = await lab.SshAsync("pi-02", "true", null, "-o", "StrictHostKeyChecking=yes");
        var knownHosts = File.ReadAllLines(Path.Combine(lab.Dir, "client", "known_hosts"));

        Assert.Equal(0, strict.ExitCode);
        Assert.Equal(2, knownHosts.Length);
        Assert.All(knownHosts, line => Assert.Matches(@"^127\.77\.\d+\.\d+ ssh-ed25519 AAAA\S+$", line));
    }
}
