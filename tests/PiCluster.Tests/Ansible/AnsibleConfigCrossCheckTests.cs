using System.Text.Json.Nodes;
using PiCluster.Ansible;
using PiCluster.Ansible.Config;
using PiCluster.Ansible.Output;

namespace PiCluster.Tests.Ansible;

/// <summary>Every <see cref="ConfigCase"/> reads as the installed Ansible reads it: the same file, the same values from the
/// same places (a file, or `env: NAME`), the same refusals, the same warning.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AnsibleConfigCrossCheckTests(AnsibleConfigAnswers ansible) : IClassFixture<AnsibleConfigAnswers>
{
    public static TheoryData<string> Cases => [.. ConfigCase.All.Select(c => c.Name)];

    // PiCluster's setting ↔ where Ansible's dump shows it: the base setting, or the plugin's when the plugin reads more places.
    static readonly (string Ansible, Func<AnsibleConfig, object?> Ours)[] Compared =
    [
        ("DEFAULT_HOST_LIST", c => c.Inventory),
        ("DEFAULT_REMOTE_USER", c => c.RemoteUser),
        ("DEFAULT_PRIVATE_KEY_FILE", c => c.PrivateKeyFile),
        ("DEFAULT_FORKS", c => c.Forks),
        ("ssh.timeout", c => c.Timeout),
        ("ssh.host_key_checking", c => c.HostKeyChecking),
        ("sudo.become_user", c => c.BecomeUser),
        ("DEFAULT_BECOME_ASK_PASS", c => c.BecomeAskPass),
        ("ssh.ssh_args", c => c.SshArgs),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_configuration_as_ansible_config_dump_shows_it(string name)
    {
        var answer = ansible.Answers[name];
        var c = ConfigCase.All.Single(c => c.Name == name);

        AnsibleConfig? ours = null;
        InventoryException? refused = null;
        try
        {
            ours = AnsibleConfig.Load(answer.Environment, Path.Combine(answer.Folder, "work"));
        }
        catch (InventoryException e)
        {
            refused = e;
        }

        if (answer.ExitCode != 0)
        {
            Assert.True(refused is not null, $"Ansible refuses it ({answer.StdErr.Trim()}); PiCluster read it");
            Assert.DoesNotContain('\n', refused.Message);
            return;
        }
        Assert.True(refused is null, $"PiCluster refuses what Ansible reads: {refused?.Message}");
        var theirs = AnsibleConfigAnswers.Settings(answer.StdOut);
        Assert.Equal(theirs.GetValueOrDefault("CONFIG_FILE") ?? " = null", $" = {JsonValue.Create(ours!.File)?.ToJsonString() ?? "null"}");
        foreach (var (setting, read) in Compared)
            Assert.True(theirs.GetValueOrDefault(setting) == Render(read(ours)), $"{setting}: Ansible has {theirs.GetValueOrDefault(setting) ?? "the default"}, PiCluster {Render(read(ours)) ?? "the default"}");
        Assert.Equal(answer.StdErr.Contains("world writable directory", StringComparison.Ordinal), ours.Warnings.Any(w => w.Contains("world-writable", StringComparison.Ordinal)));
        Assert.Equal(c.WorldWritable && !(c.Environment?.ContainsKey("ANSIBLE_CONFIG") ?? false), ours.Warnings.Count == 1);
    }

    [Fact]
    public void Every_setting_was_compared_from_a_file_and_from_the_environment_and_some_cases_refused()
    {
        Assert.Equal(ConfigCase.All.Count, ansible.Answers.Count);
        Assert.InRange(ansible.Answers.Values.Count(a => a.ExitCode != 0), 10, 20);
        var answered = ansible.Answers.Values.Where(a => a.ExitCode == 0).Select(a => AnsibleConfigAnswers.Settings(a.StdOut)).ToList();
        foreach (var (setting, _) in Compared)
        {
            Assert.True(answered.Any(a => a.GetValueOrDefault(setting)?.StartsWith("env: ", StringComparison.Ordinal) == true), $"no case sets {setting} in the environment");
            Assert.True(answered.Any(a => a.GetValueOrDefault(setting)?.StartsWith('/') == true), $"no case sets {setting} in a file");
        }
    }

    [Fact]
    public void Reads_the_inventory_sources_ansible_cfg_names_as_ansible_inventory_does()
    {
        var c = ConfigCase.All.Single(c => c.ListsInventory);
        var answer = ansible.Answers[c.Name];
        var config = AnsibleConfig.Load(answer.Environment, Path.Combine(answer.Folder, "work"));

        var inventory = InventoryLoader.Load(config.Inventory!.Value);

        Assert.Equal(3, config.Inventory.Value.Count);
        Assert.Equal(answer.InventoryList!.TrimEnd('\n'), AnsibleInventoryJson.List(inventory, inventory.Hosts, new HashSet<string>()));
    }

    static string? Render(object? value) => value switch
    {
        null => null,
        ConfigValue<IReadOnlyList<string>> v => $"{Origin(v.Name, v.Where)} = {new JsonArray([.. v.Value.Select(p => JsonValue.Create(p))]).ToJsonString()}",
        ConfigValue<string> v => $"{Origin(v.Name, v.Where)} = {JsonValue.Create(v.Value).ToJsonString()}",
        ConfigValue<int> v => $"{Origin(v.Name, v.Where)} = {v.Value}",
        ConfigValue<bool> v => $"{Origin(v.Name, v.Where)} = {(v.Value ? "true" : "false")}",
        _ => throw new ArgumentException(value.ToString()),
    };

    static string Origin(string name, SourceSpot? where) => where is null ? $"env: {name}" : where.File;
}
