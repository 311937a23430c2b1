using PiCluster.Ansible;
using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class HostTargetsTests
{
    static readonly string File = Path.Combine(AppContext.BaseDirectory, "Data", "targets", "inventory.yaml");
    static readonly Inventory Inventory = InventoryLoader.Load(File);
    static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    static HostTarget Target(string name, string? asked = null) => HostTargets.From(Inventory.FindHost(name)!, new ConnectionDefaults { ConnectTimeout = DefaultTimeout }, asked);

    [Fact]
    public void Connection_variables_mean_what_they_mean_to_ansible()
    {
        var alpha = Target("pialpha");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        Assert.Equal(("192.168.1.21", 22, "ubuntu"), (alpha.Connection.Address, alpha.Connection.Port, alpha.Connection.User));
        Assert.Equal([Path.Combine(home, ".ssh/pi_ed25519")], alpha.Connection.KeyFiles);
        Assert.Equal(["/etc/picluster/known_hosts"], alpha.Connection.KnownHostsFiles);
        Assert.Equal(new JumpHost("bastion.lan", 2222, "admin"), alpha.Connection.Jump);
        Assert.Equal(DefaultTimeout, alpha.Connection.ConnectTimeout);
        Assert.Equal("s3cret", alpha.BecomePassword);
    }

    [Fact]
    public void Host_variables_win_over_ssh_args_and_the_command_line()
    {
        var beta = Target("pibeta", asked: "typed at -K");

        Assert.Equal(2222, beta.Connection.Port);
        Assert.Equal(TimeSpan.FromSeconds(3), beta.Connection.ConnectTimeout);
        Assert.Equal(new JumpHost("gateway", 22, "ubuntu"), beta.Connection.Jump);
        Assert.Equal("typed at -K", beta.BecomePassword);
    }

    [Fact]
    public void Disabling_host_key_checks_in_the_inventory_is_ignored_with_a_warning()
    {
        var warning = Assert.Single(Target("pialpha").Warnings);

        Assert.StartsWith("StrictHostKeyChecking=no is ignored", warning);
    }

    [Fact]
    public void A_malformed_ssh_option_is_an_inventory_error_at_its_place()
    {
        var error = Assert.Throws<InventoryException>(() => Target("pigamma"));

        Assert.StartsWith($"{File}:18:36: ansible_ssh_common_args of pigamma: ", error.Message);
    }
}
