using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Plans;
using PiCluster.Steps;
using static PiCluster.Tests.Plans.FactsBuilder;

namespace PiCluster.Tests.Plans;

public sealed class HostPreparationTests
{
    static readonly Dictionary<string, string> Entries = new() { ["pi-01"] = "10.0.0.11", ["pi-02"] = "10.0.0.12" };

    static (string[] Steps, List<string> Passed, List<string> Warnings) Plan(ClusterHost host)
    {
        var warnings = new List<string>();
        var (steps, passed) = HostPreparation.Plan(host, Entries, warnings);
        return ([.. steps.Select(s => $"{s.GetType().Name}: {s.Describe()}")], passed, warnings);
    }

    static HostFacts Ready() => Prepared("pi-01", ["pi-01", "pi-02"], ControlPlane([Node("pi-01"), Node("pi-02")], [Voter("pi-01"), Voter("pi-02")]));

    [Fact]
    public void A_prepared_running_node_needs_nothing()
    {
        var (steps, passed, warnings) = Plan(Host("pi-01", Ready()));

        Assert.Empty(steps);
        Assert.Equal(9, passed.Count);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Flags_already_in_cmdline_with_the_cgroup_still_off_need_only_the_reboot_and_then_a_wait()
    {
        var (steps, _, _) = Plan(Host("pi-01", Ready() with { MemoryCgroupActive = false }));

        Assert.Equal(
            [
                "RebootHost: reboot for the memory cgroup, wait for the Pi to come back (up to 600 s) and check the cgroup is on",
                "WaitForMicroK8s: wait until microk8s is ready (up to 300 s)",
            ],
            steps);
    }

    [Fact]
    public void An_unsynchronised_clock_is_waited_for()
    {
        var (steps, passed, _) = Plan(Host("pi-01", Ready() with { TimeSynchronized = false }));

        Assert.Equal(["WaitForTimeSync: wait up to 60 s for the clock to synchronise (timedatectl says it is not)"], steps);
        Assert.DoesNotContain("clock is synchronised", passed);
    }

    [Fact]
    public void A_clock_timedatectl_cannot_judge_is_not_waited_for()
    {
        Assert.Empty(Plan(Host("pi-01", Ready() with { TimeSynchronized = null })).Steps);
    }

    [Fact]
    public void Root_needs_no_group()
    {
        var (steps, _, _) = Plan(Host("pi-01", Fresh(), user: "root"));

        Assert.DoesNotContain(steps, s => s.StartsWith("AddToMicroK8sGroup", StringComparison.Ordinal));
        Assert.Equal("WaitForMicroK8s: wait until microk8s is ready (up to 300 s)", steps[^1]);
    }

    [Fact]
    public void An_unheld_stopped_node_outside_the_group_is_held_joined_to_the_group_and_waited_for()
    {
        var facts = Ready() with { LoginGroups = ["ubuntu", "sudo"] };
        facts = facts with { MicroK8s = facts.MicroK8s! with { Held = false, Running = false } };

        var (steps, _, _) = Plan(Host("pi-01", facts));

        Assert.Equal(
            [
                "HoldMicroK8s: hold microk8s refreshes (snap refresh --hold)",
                "AddToMicroK8sGroup: add ubuntu to the microk8s group",
                "WaitForMicroK8s: wait until microk8s is ready (up to 300 s)",
            ],
            steps);
    }

    [Fact]
    public void A_worker_is_taken_as_running()
    {
        var (steps, passed, _) = Plan(Host("pi-01", Ready() with { MicroK8s = Worker() }, MicroK8sRole.Worker));

        Assert.Empty(steps);
        Assert.Contains("microk8s is running", passed);
    }

    [Fact]
    public void A_hosts_file_with_only_a_stray_entry_says_so()
    {
        var facts = Ready() with { EtcHosts = Ready().EtcHosts + "\n10.0.0.99\tpi-02" };

        var (steps, _, _) = Plan(Host("pi-01", facts));

        Assert.Equal(["WriteHostsFile: write /etc/hosts: stray entries removed"], steps);
    }

    [Fact]
    public void Cloud_init_settings_that_differ_are_written_again()
    {
        var (steps, _, _) = Plan(Host("pi-01", Ready() with { CloudInitSettings = "manage_etc_hosts: true" }));

        Assert.Equal(["WriteCloudInitSettings: keep cloud-init from resetting the hostname and /etc/hosts at boot (/etc/cloud/cloud.cfg.d/99-picluster.cfg)"], steps);
    }

    [Fact]
    public void A_channel_other_than_the_inventory_is_a_warning_not_a_step()
    {
        var (steps, _, warnings) = Plan(Host("pi-01", Ready(), channel: "1.36/stable"));

        Assert.Empty(steps);
        Assert.Equal(
            [
                "pi-01 tracks microk8s 1.35/stable, the inventory asks for 1.36/stable: PiCluster does not change the version of an installed node; "
                + "upgrade one node at a time, control planes first: sudo snap refresh microk8s --channel=1.36/stable",
            ],
            warnings);
    }

    [Fact]
    public void The_reboot_step_carries_the_boot_id_and_the_inventory_timeout()
    {
        var host = Host("pi-01", Fresh());
        host = host with { Spec = host.Spec with { RebootTimeout = TimeSpan.FromSeconds(900) } };
        var warnings = new List<string>();

        var reboot = Assert.Single(HostPreparation.Plan(host, Entries, warnings).Steps.OfType<RebootHost>());

        Assert.Equal(new RebootHost("pi-01", "0d6f4c1e-9a7b-4c55-8b1e-2f3a4b5c6d7e", TimeSpan.FromSeconds(900)), reboot);
    }
}
