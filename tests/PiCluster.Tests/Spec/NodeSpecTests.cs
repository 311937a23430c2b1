using PiCluster.Ansible;
using PiCluster.Spec;

namespace PiCluster.Tests.Spec;

/// <summary>Node settings read through the real inventory loader, so errors point at the variable's file:line:column.</summary>
public sealed class NodeSpecTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("picluster-spec-").FullName;

    string File => Path.Combine(folder, "inventory.yaml");

    NodeSpec Spec(string name, string yaml)
    {
        System.IO.File.WriteAllText(File, yaml);
        return NodeSpec.From(InventoryLoader.Load(File).FindHost(name)!);
    }

    /// <summary>pi-01 with one variable set on the fourth line, its value from column 7 + the name's length + 2.</summary>
    string Error(string variable, string value)
    {
        var yaml = $"all:\n  hosts:\n    pi-01:\n      {variable}: {value}\n";
        return Assert.Throws<InventoryException>(() => Spec("pi-01", yaml)).Message;
    }

    string At(string variable) => $"{File}:4:{7 + variable.Length + 2}";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_host_without_settings_is_a_control_plane_on_the_default_channel()
    {
        var spec = Spec("pi-01", "all:\n  hosts:\n    pi-01:\n      ansible_host: 10.0.0.11\n");

        Assert.Equal(("pi-01", MicroK8sRole.ControlPlane, "1.35/stable"), (spec.Name, spec.Role, spec.Channel));
        Assert.Empty(spec.Addons);
        Assert.Equal((TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(600)), (spec.ReadyTimeout, spec.RebootTimeout));
    }

    [Fact]
    public void Reads_role_channel_addons_and_timeouts_from_the_inventory()
    {
        var spec = Spec("pi-04", """
            all:
              vars:
                microk8s_channel: 1.32/stable
                microk8s_addons: [dns, "metallb:10.0.0.240-10.0.0.250", core/hostpath-storage]
              children:
                workers:
                  vars:
                    picluster_role: worker
                  hosts:
                    pi-04:
                      picluster_ready_timeout: 120
                      picluster_reboot_timeout: "900"
            """);

        Assert.Equal(("pi-04", MicroK8sRole.Worker, "1.32/stable"), (spec.Name, spec.Role, spec.Channel));
        Assert.Equal([new AddonSpec("dns", null), new AddonSpec("metallb", "10.0.0.240-10.0.0.250"), new AddonSpec("core/hostpath-storage", null)], spec.Addons);
        Assert.Equal((TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(900)), (spec.ReadyTimeout, spec.RebootTimeout));
    }

    [Fact]
    public void Reads_addons_written_as_one_comma_separated_string()
    {
        var spec = Spec("pi-01", "all:\n  hosts:\n    pi-01:\n      microk8s_addons: dns, ingress\n");

        Assert.Equal([new AddonSpec("dns", null), new AddonSpec("ingress", null)], spec.Addons);
    }

    [Theory]
    [InlineData("controlplane")]
    [InlineData("worker")]
    public void Reads_the_role(string role)
    {
        var spec = Spec("pi-01", $"all:\n  hosts:\n    pi-01:\n      picluster_role: {role}\n");

        Assert.Equal(role == "worker" ? MicroK8sRole.Worker : MicroK8sRole.ControlPlane, spec.Role);
    }

    [Theory]
    [InlineData("latest/stable")]
    [InlineData("1.35/candidate")]
    [InlineData("1.34-strict/stable")]
    [InlineData("1.35/edge/fix-123")]
    public void Accepts_snap_channels(string channel)
    {
        Assert.Equal(channel, Spec("pi-01", $"all:\n  hosts:\n    pi-01:\n      microk8s_channel: {channel}\n").Channel);
    }

    [Theory]
    [InlineData("\"1.35\"", "1.35")]
    [InlineData("stable", "stable")]
    [InlineData("1.35/stable;reboot", "1.35/stable;reboot")]
    [InlineData("1.35/nightly", "1.35/nightly")]
    public void Refuses_a_channel_that_is_not_track_and_risk(string written, string channel)
    {
        Assert.Equal($"{At("microk8s_channel")}: microk8s_channel '{channel}' is not a snap channel. Write track/risk, e.g. 1.35/stable",
            Error("microk8s_channel", written));
    }

    [Fact]
    public void Refuses_metallb_without_a_range_at_the_addons_variable()
    {
        Assert.Equal(
            $"{At("microk8s_addons")}: microk8s_addons: metallb needs its arguments (without them it asks on a terminal and never finishes). "
            + "Write it with them, e.g. metallb:10.0.0.240-10.0.0.250",
            Error("microk8s_addons", "[dns, metallb]"));
    }

    [Fact]
    public void Refuses_an_addon_that_is_not_a_name_at_the_addons_variable()
    {
        Assert.Equal(
            $"{At("microk8s_addons")}: microk8s_addons: 'Dashboard' does not start with an addon name. "
            + "Write each addon as name or name:arguments, e.g. dns or metallb:10.0.0.240-10.0.0.250",
            Error("microk8s_addons", "[dns, Dashboard]"));
    }

    [Theory]
    [InlineData("picluster_ready_timeout", "0", 0, 300)]
    [InlineData("picluster_ready_timeout", "-5", -5, 300)]
    [InlineData("picluster_reboot_timeout", "0", 0, 600)]
    public void Refuses_a_timeout_under_one_second(string variable, string written, int seconds, int example)
    {
        Assert.Equal($"{At(variable)}: {variable} must be 1 second or more, got {seconds}. Set it to a number of seconds, e.g. {example}",
            Error(variable, written));
    }

    [Fact]
    public void Refuses_a_timeout_that_is_not_a_number()
    {
        Assert.Equal($"{At("picluster_reboot_timeout")}: picluster_reboot_timeout must be an integer, got 'ten minutes'. Write a number such as 600",
            Error("picluster_reboot_timeout", "ten minutes"));
    }

    [Fact]
    public void Points_at_the_group_variable_where_a_bad_value_was_set()
    {
        System.IO.File.WriteAllText(File, "all:\n  vars:\n    microk8s_channel: \"1.35\"\n  hosts:\n    pi-01:\n    pi-02:\n");
        var inventory = InventoryLoader.Load(File);

        var error = Assert.Throws<InventoryException>(() => NodeSpec.From(inventory.FindHost("pi-02")!));

        Assert.Equal($"{File}:3:23: microk8s_channel '1.35' is not a snap channel. Write track/risk, e.g. 1.35/stable", error.Message);
    }
}
