using PiCluster.Ansible;
using PiCluster.Ansible.Config;
using PiCluster.Run;

namespace PiCluster.Tests.Run;

/// <summary>The command line first, then ANSIBLE_* and ansible.cfg, then PiCluster's defaults; host keys are never left unchecked.</summary>
public sealed class RunSettingsTests
{
    static readonly SourceSpot Line = new("/home/me/ansible.cfg", 3, 9);

    static ConfigValue<T> InFile<T>(T value, string key, string text) => new(value, key, text, Line);

    [Fact]
    public void The_command_line_wins_then_the_configuration_then_the_defaults()
    {
        var config = new AnsibleConfig { Forks = InFile(7, "forks", "7"), Timeout = new ConfigValue<int>(30, "ANSIBLE_TIMEOUT", "30", null) };

        var given = RunSettings.Resolve(3, 5, false, false, config);
        var configured = RunSettings.Resolve(null, null, false, false, config);
        var neither = RunSettings.Resolve(null, null, false, false, new AnsibleConfig());

        Assert.Equal((3, TimeSpan.FromSeconds(5)), (given.Forks, given.Connection.ConnectTimeout));
        Assert.Equal((7, TimeSpan.FromSeconds(30)), (configured.Forks, configured.Connection.ConnectTimeout));
        Assert.Equal((10, TimeSpan.FromSeconds(10)), (neither.Forks, neither.Connection.ConnectTimeout));
        Assert.Empty(given.Warnings);
    }

    [Fact]
    public void Host_key_checking_false_trusts_new_hosts_only_and_says_so_once()
    {
        var settings = RunSettings.Resolve(null, null, false, false, new AnsibleConfig { HostKeyChecking = InFile(false, "host_key_checking", "False") });

        Assert.True(settings.TrustNewHosts);
        Assert.Equal(["host_key_checking = False in /home/me/ansible.cfg:3 is read as --trust-new-hosts: new host keys are accepted and recorded, a changed host key is still refused"],
            settings.Warnings);
    }

    [Fact]
    public void Host_key_checking_true_changes_nothing()
    {
        var settings = RunSettings.Resolve(null, null, false, false, new AnsibleConfig { HostKeyChecking = new ConfigValue<bool>(true, "ANSIBLE_HOST_KEY_CHECKING", "yes", null) });

        Assert.False(settings.TrustNewHosts);
        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void Become_ask_pass_asks_as_dash_K_does()
    {
        Assert.True(RunSettings.Resolve(null, null, false, false, new AnsibleConfig { BecomeAskPass = InFile(true, "become_ask_pass", "yes") }).AskBecomePass);
        Assert.True(RunSettings.Resolve(null, null, false, true, new AnsibleConfig { BecomeAskPass = InFile(false, "become_ask_pass", "no") }).AskBecomePass);
        Assert.False(RunSettings.Resolve(null, null, false, false, new AnsibleConfig()).AskBecomePass);
    }

    [Fact]
    public void A_become_user_other_than_root_is_ignored_with_a_warning()
    {
        var admin = RunSettings.Resolve(null, null, false, false, new AnsibleConfig { BecomeUser = InFile("admin", "become_user", "admin") });
        var root = RunSettings.Resolve(null, null, false, false, new AnsibleConfig { BecomeUser = InFile("root", "become_user", "root") });

        Assert.Equal(["become_user = admin in /home/me/ansible.cfg:3 is ignored: PiCluster's commands need root, so sudo always runs them as root"], admin.Warnings);
        Assert.Empty(root.Warnings);
    }

    [Fact]
    public void The_configurations_own_warnings_come_first()
    {
        var settings = RunSettings.Resolve(null, null, true, false,
            new AnsibleConfig { Warnings = ["./ansible.cfg is ignored"], HostKeyChecking = InFile(false, "host_key_checking", "no") });

        Assert.Equal("./ansible.cfg is ignored", settings.Warnings[0]);
        Assert.Equal(2, settings.Warnings.Count);
    }
}
