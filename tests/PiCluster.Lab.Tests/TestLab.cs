namespace PiCluster.Lab.Tests;

/// <summary>A lab of its own for one test, started and removed with the real `./picluster lab` commands.</summary>
public sealed class TestLab : IAsyncDisposable
{
    TestLab(string dir) => Dir = dir;

    public string Dir { get; }
    public string SshConfig => Path.Combine(Dir, "client", "ssh_config");
    public string Inventory => Path.Combine(Dir, "inventory.yaml");

    public static async Task<TestLab> StartAsync(int nodes = 3, params string[] options)
    {
        var lab = new TestLab(Path.Combine(Path.GetTempPath(), "picluster-test-" + Guid.NewGuid().ToString("N")[..10]));
        var up = await lab.PiClusterAsync(["lab", "up", "--nodes", nodes.ToString(), .. options]);
        if (up.ExitCode != 0) await lab.DisposeAsync();
        Assert.True(up.ExitCode == 0, $"lab up failed: {up}");
        return lab;
    }

    /// <summary>Runs `./picluster ARGS --dir DIR`.</summary>
    public Task<ProcessResult> PiClusterAsync(IEnumerable<string> args) =>
        ProcessResult.RunAsync(Repo.Launcher, [.. args, "--dir", Dir]);

    /// <summary>Plain OpenSSH, as a person would: `ssh -F DIR/client/ssh_config NODE COMMAND`.</summary>
    public Task<ProcessResult> SshAsync(string node, string command, string? stdin = null, params string[] sshOptions) =>
        ProcessResult.RunAsync("ssh", ["-F", SshConfig, "-o", "BatchMode=yes", .. sshOptions, node, command], stdin);

    public async Task<string> SshOkAsync(string node, string command, string? stdin = null)
    {
        var result = await SshAsync(node, command, stdin);
        Assert.True(result.ExitCode == 0, $"ssh {node} '{command}' failed: {result}");
        return result.StdOut;
    }

    public string NodeFile(string node, string relative) => Path.Combine(Dir, "nodes", node, relative);

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Dir)) await PiClusterAsync(["lab", "down"]);
    }
}
