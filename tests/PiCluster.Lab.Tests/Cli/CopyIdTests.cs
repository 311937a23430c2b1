namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster copy-id` against Pis that only take a password, as a fresh Imager-flashed Pi does.</summary>
public sealed class CopyIdTests
{
    [Fact]
    public async Task Copy_id_installs_the_key_once_and_a_second_run_changes_nothing()
    {
        await using var lab = await TestLab.StartAsync(2, "--no-key", "--password", "flash-pw");
        var password = new Dictionary<string, string?> { ["PICLUSTER_SSH_PASSWORD"] = "flash-pw" };

        var before = await lab.ToolAsync(["ping", "-i", lab.Inventory]);
        var first = await lab.ToolAsync(["copy-id", "-i", lab.Inventory], password);
        var second = await lab.ToolAsync(["copy-id", "-i", lab.Inventory]);
        var after = await lab.ToolAsync(["ping", "-i", lab.Inventory]);

        Assert.Equal(2, before.ExitCode);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"pi-01\s+\S+\s+installed; key login works", first.StdOut);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches(@"pi-02\s+\S+\s+already authorized", second.StdOut);
        Assert.True(after.ExitCode == 0, after.ToString());
        var blob = File.ReadAllText(lab.ClientKey + ".pub").Split(' ')[1];
        var authorized = await lab.SshOkAsync("pi-01", "cat ~/.ssh/authorized_keys");
        Assert.Single(authorized.Split('\n'), line => line.Contains(blob, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Copy_id_without_a_password_to_give_says_how_to_give_one()
    {
        await using var lab = await TestLab.StartAsync(1, "--no-key", "--password", "flash-pw");

        var copy = await lab.ToolAsync(["copy-id", "-i", lab.Inventory]);

        Assert.Equal(2, copy.ExitCode);
        Assert.Contains("PICLUSTER_SSH_PASSWORD", copy.StdOut);
    }
}
