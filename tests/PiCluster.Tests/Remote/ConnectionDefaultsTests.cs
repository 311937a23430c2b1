using PiCluster.Ansible;
using PiCluster.Ansible.Config;
using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

/// <summary>ansible.cfg's (and ANSIBLE_*'s) remote_user, private_key_file, timeout and ssh_args reach every host whose own
/// variables do not say otherwise, as with Ansible.</summary>
public sealed class ConnectionDefaultsTests : IDisposable
{
    static readonly Inventory Inventory = InventoryLoader.Load(Path.Combine(AppContext.BaseDirectory, "Data", "targets", "defaults.yaml"));
    readonly string work = Directory.CreateTempSubdirectory("picluster-defaults-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    string Cfg => Path.Combine(work, "ansible.cfg");

    ConnectionDefaults Defaults(string cfg, int timeout = 10)
    {
        File.WriteAllText(Cfg, cfg);
        var config = AnsibleConfig.Load(new Dictionary<string, string> { ["HOME"] = "/home/me" }, work, systemFile: "/nonexistent/ansible.cfg");
        return ConnectionDefaults.From(config, TimeSpan.FromSeconds(timeout));
    }

    static HostTarget Target(string name, ConnectionDefaults defaults) => HostTargets.From(Inventory.FindHost(name)!, defaults, null);

    const string Settings = "[defaults]\nremote_user = pi\nprivate_key_file = keys/pi_ed25519\n";

    [Fact]
    public void A_host_with_no_connection_variables_takes_the_configuration()
    {
        var plain = Target("plain", Defaults(Settings, timeout: 20)).Connection;

        Assert.Equal("pi", plain.User);
        Assert.Equal([Path.Combine(work, "keys", "pi_ed25519")], plain.KeyFiles);
        Assert.Equal(TimeSpan.FromSeconds(20), plain.ConnectTimeout);
    }

    [Fact]
    public void A_host_variable_wins_over_the_configuration()
    {
        var own = Target("own", Defaults(Settings, timeout: 20)).Connection;

        Assert.Equal("ubuntu", own.User);
        Assert.Equal(["/home/me/.ssh/own".Replace("/home/me", Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), StringComparison.Ordinal)], own.KeyFiles);
        Assert.Equal(TimeSpan.FromSeconds(4), own.ConnectTimeout);
    }

    [Fact]
    public void Remote_user_and_private_key_file_win_over_the_inventorys_ssh_options_as_ansible_puts_them_first()
    {
        var without = Target("sshopts", new ConnectionDefaults()).Connection;
        var with = Target("sshopts", Defaults(Settings)).Connection;

        Assert.Equal(("sshuser", "/keys/from_args"), (without.User, without.KeyFiles.Single()));
        Assert.Equal(("pi", Path.Combine(work, "keys", "pi_ed25519")), (with.User, with.KeyFiles.Single()));
    }

    [Fact]
    public void Ssh_args_come_before_the_inventorys_ssh_options_so_their_first_value_wins()
    {
        var defaults = Defaults("[ssh_connection]\nssh_args = -o UserKnownHostsFile=/cfg/known_hosts -o ProxyJump=cfg@jump -o ConnectTimeout=7 -C\npipelining = True\n");

        var own = Target("own", defaults);
        var plain = Target("plain", defaults);

        Assert.Equal(["/cfg/known_hosts", "/inventory/known_hosts"], own.Connection.KnownHostsFiles);
        Assert.Equal(new JumpHost("jump", 22, "cfg"), own.Connection.Jump);
        Assert.Equal(TimeSpan.FromSeconds(4), own.Connection.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(7), plain.Connection.ConnectTimeout);
        Assert.Equal([$"ssh_args in {Cfg}:2: -C is ignored: compression is not used"], plain.Warnings);
    }

    [Fact]
    public void A_malformed_ssh_args_is_an_error_at_its_line()
    {
        var error = Assert.Throws<InventoryException>(() => Defaults("[ssh_connection]\nssh_args = -o ProxyJump=\"pi@gw\n"));

        Assert.StartsWith($"{Cfg}:2:12: ssh_args: ", error.Message);
        Assert.EndsWith($"Correct it in {Cfg}", error.Message);
    }
}
