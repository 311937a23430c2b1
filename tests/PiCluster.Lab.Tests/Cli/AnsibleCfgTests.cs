using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>ansible.cfg and ANSIBLE_* reach the real `picluster` as they reach Ansible: the inventory without -i, the login,
/// host_key_checking = False as --trust-new-hosts, and one error line for a bad value.</summary>
public sealed class AnsibleCfgTests : IDisposable
{
    const string Lab = "all:\n  children:\n    edge:\n      hosts:\n        pi1: { ansible_host: 10.0.0.1 }\n";
    const string Other = "[core]\npi9 ansible_host=10.0.0.9\n";

    readonly string dir = Directory.CreateTempSubdirectory("picluster-cfg-").FullName;

    public AnsibleCfgTests() => Directory.CreateDirectory(Home);

    public void Dispose()
    {
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        Directory.Delete(dir, recursive: true);
    }

    string Home => Path.Combine(dir, "home");

    string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    // No ANSIBLE_* or PICLUSTER_INVENTORY of the machine's; HOME of this test's own.
    Dictionary<string, string?> Environment(params (string Name, string? Value)[] set)
    {
        var environment = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(n => n.StartsWith("ANSIBLE_", StringComparison.Ordinal)).ToDictionary(n => n, _ => (string?)null);
        environment["HOME"] = Home;
        environment["PICLUSTER_INVENTORY"] = null;
        environment["SSH_AUTH_SOCK"] = null;
        foreach (var (name, value) in set)
            environment[name] = value;
        return environment;
    }

    Task<ProcessResult> PiClusterAsync(IEnumerable<string> args, Dictionary<string, string?> environment, string? folder = null) =>
        ProcessResult.RunAsync(Repo.Launcher, args, timeout: TimeSpan.FromMinutes(2), environment: environment, workingDirectory: folder ?? dir);

    [Fact]
    public async Task Without_dash_i_the_inventory_is_the_one_ansible_cfg_names_as_ansible_inventory_reads_it()
    {
        Write("inventories/lab.yaml", Lab);
        Write("inventories/group_vars/edge.yaml", "ansible_user: ubuntu\n");
        Write("inventories/other.ini", Other);
        Write("ansible.cfg", "[defaults]\ninventory = inventories/lab.yaml, inventories/other.ini\nforks = 3\n");

        var ours = await PiClusterAsync(["inventory", "list"], Environment());
        var theirs = await ProcessResult.RunAsync("ansible-inventory", ["--list"], environment: Environment(), workingDirectory: dir);

        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.True(theirs.ExitCode == 0, theirs.ToString());
        Assert.Equal(theirs.StdOut.TrimEnd(), ours.StdOut.TrimEnd());
        Assert.Contains("pi9", ours.StdOut);
    }

    [Fact]
    public async Task Dash_i_wins_then_picluster_inventory_then_ansible_inventory_then_ansible_cfg()
    {
        var lab = Write("lab.yaml", Lab);
        var other = Write("other.ini", Other);
        Write("fromcfg.yaml", "all:\n  hosts:\n    picfg:\n");
        Write("ansible.cfg", "[defaults]\ninventory = fromcfg.yaml\n");

        async Task<string> Hosts(string[] args, Dictionary<string, string?> environment)
        {
            var graph = await PiClusterAsync(["inventory", "graph", .. args], environment);
            Assert.True(graph.ExitCode == 0, graph.ToString());
            return string.Join(' ', Regex.Matches(graph.StdOut, @"\|--(pi\w+)").Select(m => m.Groups[1].Value));
        }

        Assert.Equal("picfg", await Hosts([], Environment()));
        Assert.Equal("pi9", await Hosts([], Environment(("ANSIBLE_INVENTORY", "other.ini"))));
        Assert.Equal("pi1", await Hosts([], Environment(("ANSIBLE_INVENTORY", "other.ini"), ("PICLUSTER_INVENTORY", lab))));
        Assert.Equal("pi9", await Hosts(["-i", other], Environment(("PICLUSTER_INVENTORY", lab))));
    }

    [Fact]
    public async Task A_bad_value_in_ansible_cfg_is_one_error_line_naming_the_file_line_and_fix()
    {
        var cfg = Write("ansible.cfg", "[defaults]\nforks = abc\n");

        var ping = await PiClusterAsync(["ping", "-i", "missing.yaml"], Environment());

        Assert.Equal(1, ping.ExitCode);
        Assert.Equal($"error: {cfg}:2:9: forks must be a whole number (hosts worked on at once), got 'abc'. Write it as e.g. forks = 10", ping.StdErr.TrimEnd('\n'));
    }

    [Fact]
    public async Task A_file_that_is_not_ini_is_one_error_line()
    {
        var cfg = Write("elsewhere/pis.cfg", "defaults:\n  forks: 3\n");

        var list = await PiClusterAsync(["inventory", "list"], Environment(("ANSIBLE_CONFIG", cfg)));

        Assert.Equal(1, list.ExitCode);
        Assert.StartsWith($"error: {cfg}:1:1: 'defaults:' comes before any [section] header", list.StdErr);
        Assert.Single(list.StdErr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task An_ansible_cfg_in_a_world_writable_folder_is_ignored_with_a_warning_as_ansible_does()
    {
        var inventory = Write("lab.yaml", Lab);
        Write("ansible.cfg", "[defaults]\nforks = abc\n");
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);

        var ours = await PiClusterAsync(["inventory", "graph", "-i", inventory], Environment());
        var theirs = await ProcessResult.RunAsync("ansible-inventory", ["-i", inventory, "--graph"], environment: Environment(("ANSIBLE_NOCOLOR", "1")), workingDirectory: dir);

        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Contains("world writable directory", theirs.StdErr.ReplaceLineEndings(" "));
        Assert.Equal($"warning: {dir}/ansible.cfg is ignored, as Ansible ignores it: the folder {dir} is world-writable, so anyone could have written that file. "
            + $"Remove write access for others (chmod o-w {dir}), or name the file in ANSIBLE_CONFIG if you trust it", ours.StdErr.TrimEnd('\n'));
    }

    [Fact]
    public async Task Become_ask_pass_asks_as_dash_K_and_says_which_setting_asked_when_there_is_no_terminal()
    {
        Write("ansible.cfg", "[privilege_escalation]\nbecome_ask_pass = True\n");

        var ping = await PiClusterAsync(["ping", "-i", Write("lab.yaml", Lab)], Environment());

        Assert.Equal(1, ping.ExitCode);
        Assert.StartsWith($"error: become_ask_pass = True in {dir}/ansible.cfg:2 needs a terminal to ask for the sudo password", ping.StdErr);
    }

    [Fact]
    public async Task The_login_comes_from_ansible_cfg_and_host_key_checking_false_trusts_new_hosts_but_never_a_changed_key()
    {
        await using var lab = await TestLab.StartAsync(1);
        var inventory = Path.Combine(lab.Dir, "bare.yaml");
        File.WriteAllLines(inventory, File.ReadAllLines(lab.Inventory)
            .Where(l => !Regex.IsMatch(l, "ansible_user|ansible_ssh_private_key_file|ansible_ssh_common_args")));
        var cfg = Path.Combine(lab.Dir, "ansible.cfg");
        File.WriteAllText(cfg, $"[defaults]\nremote_user = ubuntu\nprivate_key_file = {lab.ClientKey}\nhost_key_checking = False\n\n[ssh_connection]\nssh_args = -o ControlPersist=60s\n");
        var knownHosts = Path.Combine(lab.Home, ".ssh", "known_hosts");

        var first = await lab.ToolAsync(["ping", "-i", inventory]);
        Assert.True(first.ExitCode == 0, first.ToString());
        var recorded = File.ReadAllLines(knownHosts);
        var impostor = File.ReadAllText(lab.ClientKey + ".pub").Split(' ');
        File.WriteAllText(knownHosts, $"{recorded[0].Split(' ')[0]} {impostor[0]} {impostor[1]}\n");
        var changed = await lab.ToolAsync(["ping", "-i", inventory]);

        // The local user is root, whom the lab's sshd refuses: the pong proves remote_user was used.
        Assert.Single(recorded);
        var warnings = first.StdErr.Split('\n').Where(l => l.StartsWith("warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal([
            $"warning: host_key_checking = False in {cfg}:4 is read as --trust-new-hosts: new host keys are accepted and recorded, a changed host key is still refused",
            $"warning: ssh_args in {cfg}:7: ControlPersist=60s is ignored: picluster keeps one connection per host open for the whole run",
        ], warnings);
        Assert.Equal(2, changed.ExitCode);
        Assert.Matches(@"pi-01\s+\S+\s+HOST KEY CHANGED", changed.StdOut);
    }
}
