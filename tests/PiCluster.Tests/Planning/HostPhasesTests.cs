using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tools;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

public sealed class HostPhasesTests
{
    static readonly Dictionary<string, string> Entries = new() { ["pi-01"] = "10.0.0.11", ["pi-02"] = "10.0.0.12" };

    static (string[] Steps, List<string> Passed, List<string> Warnings) Plan(ClusterHost host)
    {
        var warnings = new List<string>();
        var (steps, passed) = Phases(host, warnings);
        return ([.. steps.Select(s => $"{s.GetType().Name}: {s.Describe()}")], passed, warnings);
    }

    static (List<HostStep> Steps, List<string> Passed) Phases(ClusterHost host, List<string> warnings)
    {
        var planning = new HostPlanning(host, ClusterAnalysis.Analyse([host]), Entries, new HashSet<string>(), warnings);
        foreach (var phase in UpPhases.Host) phase(planning);
        return (planning.Steps, planning.Passed);
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
                "pi-01 tracks microk8s 1.35/stable, the inventory asks for 1.36/stable: `up` does not change the version of a node; "
                + "`picluster upgrade` moves the nodes one at a time, one minor at a time",
            ],
            warnings);
    }

    [Fact]
    public void The_reboot_step_carries_the_boot_id_and_the_inventory_timeout()
    {
        var host = Host("pi-01", Fresh());
        host = host with { Spec = host.Spec with { RebootTimeout = TimeSpan.FromSeconds(900) } };
        var warnings = new List<string>();

        var reboot = Assert.Single(Phases(host, warnings).Steps.OfType<RebootHost>());

        Assert.Equal(new RebootHost("pi-01", "0d6f4c1e-9a7b-4c55-8b1e-2f3a4b5c6d7e", TimeSpan.FromSeconds(900)), reboot);
    }

    // What an up that sent the become password into files through a sudo that did not read it left behind.
    static HostFacts LeakedPassword() => Ready() with
    {
        Cmdline = new BootCmdline("hunter2-secret\n" + StockCmdline + " cgroup_enable=memory cgroup_memory=1\n"),
        CmdlineBackup = new BootCmdline(StockCmdline + "\n"),
        CloudInitSettings = "hunter2-secret\n" + CloudInit.Settings,
        EtcHosts = "hunter2-secret\n" + Ready().EtcHosts,
    };

    [Fact]
    public void Files_that_hold_a_stray_password_line_are_restored_and_the_user_is_told_to_change_it()
    {
        var (steps, _, warnings) = Plan(Host("pi-01", LeakedPassword(), becomePassword: "hunter2-secret"));

        Assert.Equal(
            [
                "WriteCloudInitSettings: rewrite /etc/cloud/cloud.cfg.d/99-picluster.cfg: it does not parse as YAML, so cloud-init ignores it",
                "AddCgroupFlags: restore /boot/firmware/cmdline.txt from cmdline.txt.picluster.bak and add cgroup_enable=memory cgroup_memory=1: "
                    + "it has 2 lines, and the firmware gives the kernel only the first",
                "WriteHostsFile: write /etc/hosts: drop 1 line that is not a host entry",
            ],
            steps);
        Assert.Equal(
            [
                "pi-01: the become password is written in /boot/firmware/cmdline.txt, /etc/cloud/cloud.cfg.d/99-picluster.cfg, /etc/hosts, where other users of the Pi can read it: "
                    + "this run rewrites them without it; change the password (sudo passwd ubuntu)",
            ],
            warnings);
    }

    [Fact]
    public void A_damaged_cmdline_txt_is_restored_from_the_backup_plus_the_flags_and_rebooted_when_the_cgroup_is_off()
    {
        var host = Host("pi-01", LeakedPassword() with { MemoryCgroupActive = false, CloudInitSettings = CloudInit.Settings, EtcHosts = Ready().EtcHosts });

        var step = Assert.Single(Phases(host, []).Steps.OfType<AddCgroupFlags>());
        var (steps, _, _) = Plan(host);

        Assert.Equal(new AddCgroupFlags("pi-01", StockCmdline, StockCmdline + " cgroup_enable=memory cgroup_memory=1", "it has 2 lines, and the firmware gives the kernel only the first"), step);
        Assert.Equal(["AddCgroupFlags", "RebootHost", "WaitForMicroK8s"], steps.Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void A_damaged_cmdline_txt_without_a_sound_backup_is_refused_with_the_line_to_write_back()
    {
        var (steps, _, _) = Plan(Host("pi-01", Ready() with { Cmdline = new BootCmdline("hunter2-secret cgroup_enable=memory cgroup_memory=1\n") }));

        Assert.Equal(
            [
                "Refuse: refused: /boot/firmware/cmdline.txt is damaged (its line has no root=, so the kernel would not find the root filesystem) and there is no sound "
                    + $"cmdline.txt.picluster.bak to restore it from: write the Pi's kernel command line back as one line (Ubuntu 24.04 ships `{StockCmdline}`), then re-run",
            ],
            steps);
    }

    [Fact]
    public void No_password_warning_without_a_password_line()
    {
        var (_, _, warnings) = Plan(Host("pi-01", Ready() with { EtcHosts = Ready().EtcHosts + "\n10.0.0.50 hunter2-secret-nas" }, becomePassword: "hunter2-secret"));

        Assert.Empty(warnings);
    }

    [Fact]
    public void MicroCeph_on_another_channel_is_reported_and_left_alone()
    {
        var microceph = new MicroCephFacts { Channel = "reef/stable", Version = "18.2.4", Revision = "1170", Held = true, Members = [], Disks = [] };
        var host = Host("pi-01", Ready() with { MicroCeph = microceph });
        host = host with { Spec = host.Spec with { Storage = new StorageSpec("squid/stable", [], new HashSet<string>()) } };

        var (steps, passed, warnings) = Plan(host);

        Assert.Empty(steps);
        Assert.Contains("microceph refreshes are held", passed);
        Assert.Equal(
            ["pi-01 tracks microceph reef/stable, the inventory asks for squid/stable: `up` does not change the version of MicroCeph; "
                + "`picluster upgrade` moves the storage Pis one at a time, under noout"],
            warnings);
    }
}
