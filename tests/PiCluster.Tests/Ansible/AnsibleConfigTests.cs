using System.Text;
using PiCluster.Ansible;
using PiCluster.Ansible.Config;

namespace PiCluster.Tests.Ansible;

/// <summary>ansible.cfg and ANSIBLE_* as PiCluster reads them: the one-line errors, and where PiCluster is stricter than
/// Ansible (the cross-check against the real Ansible is <see cref="AnsibleConfigCrossCheckTests"/>).</summary>
public sealed class AnsibleConfigTests : IDisposable
{
    readonly string work = Directory.CreateTempSubdirectory("picluster-cfg-").FullName;
    readonly Dictionary<string, string> environment = [];

    public AnsibleConfigTests() => environment["HOME"] = Path.Combine(work, "home");

    public void Dispose() => Directory.Delete(work, recursive: true);

    string File => Path.Combine(work, "ansible.cfg");

    AnsibleConfig Load(string? cfg = null)
    {
        if (cfg is not null)
            System.IO.File.WriteAllText(File, cfg);
        return AnsibleConfig.Load(environment, work, systemFile: Path.Combine(work, "no-system.cfg"));
    }

    InventoryException Refused(string? cfg = null) => Assert.Throws<InventoryException>(() => Load(cfg));

    [Fact]
    public void A_value_that_is_not_a_number_is_named_with_its_line_and_column_and_the_fix()
    {
        var error = Refused("[defaults]\n# hosts at once\nforks = abc\n");

        Assert.Equal($"{File}:3:9: forks must be a whole number (hosts worked on at once), got 'abc'. Write it as e.g. forks = 10", error.Message);
    }

    [Fact]
    public void A_variable_that_is_not_a_number_is_named_with_the_fix()
    {
        environment["ANSIBLE_FORKS"] = "many";

        Assert.Equal("ANSIBLE_FORKS must be a whole number (hosts worked on at once), got 'many'. Set it as e.g. ANSIBLE_FORKS=10, or unset it", Refused().Message);
    }

    [Theory]
    [InlineData("forks = 3\n", "1:1: 'forks = 3' comes before any [section] header, so this is not an ansible.cfg Ansible reads")]
    [InlineData("[defaults]\nforks = 3\nFORKS: 4\n", "3:1: forks is set a second time in [defaults] (first on line 2), which Ansible refuses")]
    [InlineData("[defaults]\n[ssh_connection]\n[defaults]\n", "3:1: [defaults] is a second section of that name (the first is on line 1), which Ansible refuses")]
    [InlineData("[defaults]\nforks\n", "2:1: 'forks' is not a `key = value` line, a [section] header or a comment, which Ansible refuses")]
    [InlineData("[defaults]\ntimeout = 0\n", "2:11: timeout must be 1 or more (seconds to wait for a host to answer), got 0")]
    [InlineData("[defaults]\nforks = 1_000_000_000_000\n", "2:9: forks must be 1 or more (hosts worked on at once), got 1_000_000_000_000")]
    public void A_file_ansible_or_picluster_refuses_is_named_at_its_line(string cfg, string error)
    {
        Assert.StartsWith($"{File}:{error}", Refused(cfg).Message);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("")]
    [InlineData("'False'")]
    public void A_boolean_ansible_would_quietly_read_as_false_is_refused(string value)
    {
        var error = Refused($"[defaults]\nhost_key_checking = {value}\n");

        Assert.Contains("host_key_checking must be True or False", error.Message);
        Assert.Contains("Ansible would quietly read it as False", error.Message);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData(" on ", true)]
    [InlineData("Y", true)]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("No", false)]
    [InlineData("off", false)]
    [InlineData("f", false)]
    [InlineData("0", false)]
    public void Booleans_take_every_spelling_ansible_knows(string value, bool meaning)
    {
        environment["ANSIBLE_BECOME_ASK_PASS"] = value;

        Assert.Equal(meaning, Load()!.BecomeAskPass!.Value);
    }

    [Fact]
    public void A_value_that_is_not_utf8_is_refused_at_its_line_but_a_comment_is_not()
    {
        System.IO.File.WriteAllBytes(File, Encoding.Latin1.GetBytes("# Jos\u00e9's Pis\n[defaults]\nforks = 3\nremote_user = jos\u00e9\n"));

        Assert.StartsWith($"{File}:4:15: remote_user is not UTF-8 text", Refused().Message);
    }

    [Fact]
    public void A_folder_named_ansible_cfg_is_refused()
    {
        Directory.CreateDirectory(File);

        Assert.Equal($"{File} is a folder, not a file. Remove it, or point ANSIBLE_CONFIG at your ansible.cfg", Refused().Message);
    }

    [Fact]
    public void Values_continue_on_indented_lines_and_only_a_semicolon_after_a_space_starts_a_comment()
    {
        var config = Load("[defaults]\ninventory = a.yaml,\n\n  # not part of it\n    b.yaml ; c.yaml\nremote_user = pi # me\n[ssh_connection]\nssh_args = -o User=x;y\n");

        Assert.Equal([Path.Combine(work, "a.yaml"), Path.Combine(work, "b.yaml")], config.Inventory!.Value);
        Assert.Equal("pi # me", config.RemoteUser!.Value);
        Assert.Equal("-o User=x;y", config.SshArgs!.Value);
    }

    [Fact]
    public void Empty_entries_of_an_inventory_list_are_left_out()
    {
        var config = Load("[defaults]\ninventory = ,hosts.yaml,,\n");

        Assert.Equal([Path.Combine(work, "hosts.yaml")], config.Inventory!.Value);
        Assert.Equal($"inventory = ,hosts.yaml,, in {File}:2", config.Inventory.Source);
    }

    [Fact]
    public void Paths_from_the_environment_are_relative_to_the_current_folder_and_from_the_file_to_its_folder()
    {
        Directory.CreateDirectory(Path.Combine(work, "etc"));
        System.IO.File.WriteAllText(Path.Combine(work, "etc", "pis.cfg"), "[defaults]\ninventory = ../inventory/\nprivate_key_file = keys/pi\n");
        environment["ANSIBLE_CONFIG"] = "etc/pis.cfg";
        environment["ANSIBLE_PRIVATE_KEY_FILE"] = "~/.ssh/pi";

        var config = Load();

        Assert.Equal(Path.Combine(work, "etc", "pis.cfg"), config.File);
        Assert.Equal([Path.Combine(work, "inventory")], config.Inventory!.Value);
        Assert.Equal(Path.Combine(work, "home", ".ssh", "pi"), config.PrivateKeyFile!.Value);
        Assert.Equal("ANSIBLE_PRIVATE_KEY_FILE=~/.ssh/pi", config.PrivateKeyFile.Source);
    }

    [Fact]
    public void With_no_file_and_no_variable_nothing_is_set()
    {
        var config = Load();

        Assert.Null(config.File);
        Assert.Empty(config.Warnings);
        Assert.Equal([], new object?[] { config.Inventory, config.RemoteUser, config.PrivateKeyFile, config.Forks, config.Timeout, config.HostKeyChecking,
            config.BecomeUser, config.BecomeAskPass, config.SshArgs }.OfType<object>());
    }
}
