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

    /// <summary>A home folder of this test's own for the tool: no ~/.ssh keys, known_hosts or agent from the machine, and the run logs under it.</summary>
    public string Home => Path.Combine(Dir, "home");

    public string ClientKey => Path.Combine(Dir, "client", "id_ed25519");

    /// <summary>Runs the tool, `./picluster ARGS`, as a user whose home is <see cref="Home"/>, in the lab's folder (where `upgrade`
    /// leaves its backups).</summary>
    public Task<ProcessResult> ToolAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? stdin = null)
    {
        Directory.CreateDirectory(Home);
        var env = new Dictionary<string, string?> { ["HOME"] = Home, ["SSH_AUTH_SOCK"] = null, ["XDG_STATE_HOME"] = null, ["PICLUSTER_INVENTORY"] = null };
        // The machine's Ansible settings are not the test's: ansible.cfg and ANSIBLE_* change what PiCluster connects with.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("ANSIBLE_", StringComparison.Ordinal))) env[name] = null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) env[name] = value;
        return ProcessResult.RunAsync(Repo.Launcher, args, stdin, TimeSpan.FromMinutes(2), env, Dir);
    }

    /// <summary>Writes an inventory of this lab's nodes beside the generated one; <paramref name="vars"/> are extra YAML lines under all.vars.</summary>
    public string WriteInventory(string name, string vars, bool withKey = true, bool withKnownHosts = true)
    {
        var lines = File.ReadAllLines(Inventory)
            .Where(line => withKey || !line.Contains("ansible_ssh_private_key_file", StringComparison.Ordinal))
            .Where(line => withKnownHosts || !line.Contains("ansible_ssh_common_args", StringComparison.Ordinal))
            .ToList();
        var varsLine = lines.FindIndex(line => line.Trim() == "vars:");
        lines.InsertRange(varsLine + 1, vars.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(v => "    " + v));
        var path = Path.Combine(Dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public string NodeFile(string node, string relative) => Path.Combine(Dir, "nodes", node, relative);

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(Dir)) await PiClusterAsync(["lab", "down"]);
    }
}
