using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Spec;
using PiCluster.Steps;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

/// <summary>The plan is what users read: steps are asserted as "Type host: description", in order.</summary>
public sealed class PlannerTests
{
    static readonly AddonSpec Dns = new("dns", null);
    static readonly AddonSpec MetalLb = new("metallb", "10.0.0.240-10.0.0.250");

    static string[] Lines(IEnumerable<HostStep> steps) => [.. steps.Select(s => $"{s.GetType().Name} {s.Host}: {s.Describe()}")];

    static string[] HostSteps(Plan plan, string host) => Lines(plan.Hosts.Single(h => h.Name == host).Steps);

    static string[] FreshSteps(string name, string hostsEntries) =>
    [
        $"WriteCloudInitSettings {name}: keep cloud-init from resetting the hostname and /etc/hosts at boot (/etc/cloud/cloud.cfg.d/99-picluster.cfg)",
        $"SetHostname {name}: set hostname ubuntu → {name}",
        $"AddCgroupFlags {name}: add cgroup_enable=memory cgroup_memory=1 to /boot/firmware/cmdline.txt (the original kept as cmdline.txt.picluster.bak)",
        $"RebootHost {name}: reboot for the memory cgroup, wait for the Pi to come back (up to 600 s) and check the cgroup is on",
        $"WriteHostsFile {name}: write /etc/hosts: {hostsEntries}",
        $"InstallMicroK8s {name}: install microk8s 1.35/stable",
        $"HoldMicroK8s {name}: hold microk8s refreshes (snap refresh --hold)",
        $"AddToMicroK8sGroup {name}: add ubuntu to the microk8s group",
        $"WaitForMicroK8s {name}: wait until microk8s is ready (up to 300 s)",
    ];

    static string Join(string host, string via, string role = "control plane") =>
        $"JoinCluster {host}: join the cluster as a {role} via {via} ({Ip(via)}) and wait until it is Ready";

    static void AssertNothingToDo(Plan plan)
    {
        Assert.All(plan.Hosts, h => Assert.Empty(h.Steps));
        Assert.Empty(plan.ClusterSteps);
        Assert.Equal(0, plan.ChangeCount);
    }

    [Fact]
    public void Three_fresh_pis_are_prepared_then_the_first_forms_the_cluster_and_the_others_join_in_order()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh(), addons: [Dns]), Host("pi-02", Fresh(), addons: [Dns]), Host("pi-03", Fresh(), addons: [Dns])]);

        const string entries = "pi-01 → 10.0.0.11, pi-02 → 10.0.0.12, pi-03 → 10.0.0.13";
        Assert.Equal(FreshSteps("pi-01", entries), HostSteps(plan, "pi-01"));
        Assert.Equal(FreshSteps("pi-02", entries), HostSteps(plan, "pi-02"));
        Assert.Equal(FreshSteps("pi-03", entries), HostSteps(plan, "pi-03"));
        Assert.Equal([Join("pi-02", "pi-01"), Join("pi-03", "pi-01"), "EnableAddon pi-01: enable addon dns (for the whole cluster)"], Lines(plan.ClusterSteps));
        Assert.Equal(["clock is synchronised"], plan.Hosts[0].Passed);
        Assert.Empty(plan.Warnings);
        Assert.Empty(plan.Problems);
        Assert.Equal(3 * 8 + 3, plan.ChangeCount);
    }

    [Fact]
    public void A_fresh_pi_gets_the_exact_cmdline_and_hosts_file()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh()), Host("pi-02", Fresh())]);

        var steps = plan.Hosts[0].Steps;
        Assert.Equal(StockCmdline + " cgroup_enable=memory cgroup_memory=1", Assert.Single(steps.OfType<AddCgroupFlags>()).NewLine);
        Assert.Equal(StockHosts + "\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n", Assert.Single(steps.OfType<WriteHostsFile>()).Content);
        Assert.Equal("0d6f4c1e-9a7b-4c55-8b1e-2f3a4b5c6d7e", Assert.Single(steps.OfType<RebootHost>()).BootId);
    }

    [Fact]
    public void Workers_join_after_every_control_plane_whatever_the_inventory_order()
    {
        var plan = new UpPlanner(false).Plan(
            [Host("pi-01", Fresh()), Host("pi-04", Fresh(), MicroK8sRole.Worker), Host("pi-02", Fresh()), Host("pi-05", Fresh(), MicroK8sRole.Worker), Host("pi-03", Fresh())]);

        Assert.Equal(
            [Join("pi-02", "pi-01"), Join("pi-03", "pi-01"), Join("pi-04", "pi-01", "worker"), Join("pi-05", "pi-01", "worker")],
            Lines(plan.ClusterSteps));
        Assert.Equal(["pi-04", "pi-01"], plan.ClusterSteps[2].Involves);
    }

    [Fact]
    public void A_converged_cluster_plans_nothing()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"], new AddonState("dns", "core", true));

        var plan = new UpPlanner(false).Plan([.. hosts.Select(h => h with { Spec = h.Spec with { Addons = [Dns] } })]);

        AssertNothingToDo(plan);
        Assert.Empty(plan.Warnings);
        Assert.Empty(plan.Problems);
        Assert.Equal(
            [
                "cloud-init leaves the hostname and /etc/hosts alone", "hostname is pi-01", "memory cgroup is on", "/etc/hosts lists every node",
                "clock is synchronised", "microk8s 1.35/stable is installed", "microk8s refreshes are held", "ubuntu is in the microk8s group",
                "microk8s is running", "is in the cluster",
            ],
            plan.Hosts[0].Passed);
        Assert.Equal("microk8s is running", plan.Hosts[3].Passed[^2]);
    }

    [Fact]
    public void A_fourth_host_joins_as_a_worker_and_every_hosts_file_learns_it()
    {
        var plan = new UpPlanner(false).Plan([.. Formed(["pi-01", "pi-02", "pi-03"]), Host("pi-04", Fresh(), MicroK8sRole.Worker)]);

        Assert.Equal(["WriteHostsFile pi-01: write /etc/hosts: pi-04 → 10.0.0.14"], HostSteps(plan, "pi-01"));
        Assert.Equal(["WriteHostsFile pi-03: write /etc/hosts: pi-04 → 10.0.0.14"], HostSteps(plan, "pi-03"));
        Assert.Equal(FreshSteps("pi-04", "pi-01 → 10.0.0.11, pi-02 → 10.0.0.12, pi-03 → 10.0.0.13, pi-04 → 10.0.0.14"), HostSteps(plan, "pi-04"));
        Assert.Equal([Join("pi-04", "pi-01", "worker")], Lines(plan.ClusterSteps));
    }

    [Fact]
    public void With_the_first_pi_down_a_formed_cluster_lets_the_next_control_plane_issue()
    {
        string[] everyone = ["pi-01", "pi-02", "pi-03"];
        List<ClusterNode> nodes = [Node("pi-01", ready: false), Node("pi-02"), Node("pi-03")];
        var seen = ControlPlane(nodes, [Voter("pi-01"), Voter("pi-02"), Voter("pi-03")]);

        var plan = new UpPlanner(false).Plan(
        [
            Host("pi-01", null, addons: [Dns]),
            Host("pi-02", Prepared("pi-02", everyone, seen), addons: [Dns]),
            Host("pi-03", Prepared("pi-03", everyone, seen), addons: [Dns]),
            Host("pi-04", Fresh(), MicroK8sRole.Worker, addons: [Dns]),
        ]);

        Assert.False(plan.Hosts[0].Reachable);
        Assert.Empty(plan.Hosts[0].Steps);
        Assert.Equal([Join("pi-04", "pi-02", "worker"), "EnableAddon pi-02: enable addon dns (for the whole cluster)"], Lines(plan.ClusterSteps));
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void With_the_first_pi_down_and_no_cluster_yet_every_join_is_refused_and_no_second_cluster_starts()
    {
        const string reason = "refused: no cluster exists yet and pi-01, the first control plane in the inventory, which forms it, does not answer: bring it up and re-run";

        var plan = new UpPlanner(false).Plan(
            [Host("pi-01", null, addons: [Dns]), Host("pi-02", Prepared("pi-02", [], SingleNode("pi-02")), addons: [Dns]), Host("pi-03", Fresh(), addons: [Dns])]);

        Assert.Equal([$"Refuse pi-02: {reason}", $"Refuse pi-03: {reason}"], Lines(plan.ClusterSteps));
        Assert.All(plan.ClusterSteps, s => Assert.False(s.Changes));
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void A_reflashed_pi_still_in_the_datastore_has_its_old_entry_removed_then_joins_without_being_asked()
    {
        var plan = new UpPlanner(false).Plan(Reflashed());

        Assert.Equal(
            [
                "RemoveStaleMember pi-03: remove the stale cluster member 10.0.0.13 left from before pi-03 was reset (remove-node 10.0.0.13 --force on pi-01)",
                Join("pi-03", "pi-01"),
            ],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void A_pi_running_microk8s_of_its_own_while_the_datastore_lists_it_is_refused_without_repair_stale()
    {
        var hosts = Reflashed();
        hosts[2] = Host("pi-03", Prepared("pi-03", ["pi-01", "pi-02", "pi-03"], SingleNode("pi-03")));

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            [
                "Refuse pi-03: refused: the cluster's datastore still lists 10.0.0.13 as a member (left from before pi-03 was reset), "
                + "so its join would be refused: re-run with --repair-stale to remove that entry and join",
            ],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void A_reflashed_pi_with_repair_stale_has_its_old_entry_removed_then_joins()
    {
        var plan = new UpPlanner(true).Plan(Reflashed());

        Assert.Equal(
            [
                "RemoveStaleMember pi-03: remove the stale cluster member 10.0.0.13 left from before pi-03 was reset (remove-node 10.0.0.13 --force on pi-01)",
                Join("pi-03", "pi-01"),
            ],
            Lines(plan.ClusterSteps));
        Assert.Equal(["pi-03", "pi-01"], plan.ClusterSteps[0].Involves);
    }

    /// <summary>pi-01 and pi-02 still list pi-03 (NotReady) and its dqlite entry; pi-03 was flashed again.</summary>
    static List<ClusterHost> Reflashed()
    {
        string[] everyone = ["pi-01", "pi-02", "pi-03"];
        var seen = ControlPlane([Node("pi-01"), Node("pi-02"), Node("pi-03", ready: false)], [Voter("pi-01"), Voter("pi-02"), Voter("pi-03")]);
        return [Host("pi-01", Prepared("pi-01", everyone, seen)), Host("pi-02", Prepared("pi-02", everyone, seen)), Host("pi-03", Fresh())];
    }

    [Fact]
    public void Two_separate_clusters_are_a_problem_and_nothing_is_planned()
    {
        string[] everyone = ["pi-01", "pi-02", "pi-03", "pi-04"];
        var first = ControlPlane([Node("pi-01"), Node("pi-02")], [Voter("pi-01"), Voter("pi-02")]);
        var second = ControlPlane([Node("pi-03"), Node("pi-04")], [Voter("pi-03"), Voter("pi-04")]);

        var plan = new UpPlanner(false).Plan(
        [
            Host("pi-01", Prepared("pi-01", everyone, first), addons: [Dns]), Host("pi-02", Prepared("pi-02", everyone, first)),
            Host("pi-03", Prepared("pi-03", everyone, second)), Host("pi-04", Prepared("pi-04", everyone, second)),
            Host("pi-05", Fresh()),
        ]);

        Assert.True(plan.Refused);
        Assert.Equal(
            [
                "the inventory's hosts are in 2 different MicroK8s clusters (pi-01, pi-02; pi-03, pi-04) and PiCluster never merges clusters: "
                + "run `sudo microk8s leave` on each node of all but one of them, or take those hosts out of the inventory",
            ],
            plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }

    [Fact]
    public void A_node_of_the_same_name_at_another_address_is_refused()
    {
        string[] everyone = ["pi-01", "pi-02", "pi-03"];
        var seen = ControlPlane([Node("pi-01"), Node("pi-02"), new ClusterNode("pi-03", "10.0.0.23", false, true)], [Voter("pi-01"), Voter("pi-02"), new("10.0.0.23:19001", "voter")]);

        var plan = new UpPlanner(true).Plan([Host("pi-01", Prepared("pi-01", everyone, seen)), Host("pi-02", Prepared("pi-02", everyone, seen)), Host("pi-03", Fresh())]);

        Assert.Equal(
            [
                "Refuse pi-03: refused: the cluster already has a node called pi-03 at 10.0.0.23, not at 10.0.0.13: "
                + "if the Pi moved, run `sudo microk8s remove-node pi-03 --force` on pi-01 and re-run",
            ],
            Lines(plan.ClusterSteps));
        Assert.Equal(["the cluster has nodes the inventory does not list: pi-03 (10.0.0.23); to remove one, list it with picluster_state: absent and run picluster up"], plan.Warnings);
    }

    [Fact]
    public void A_worker_of_another_cluster_is_refused()
    {
        var plan = new UpPlanner(false).Plan([.. Formed(["pi-01", "pi-02"]), Host("pi-04", Prepared("pi-04", ["pi-01", "pi-02", "pi-04"], Worker()), MicroK8sRole.Worker)]);

        Assert.Equal(
            ["Refuse pi-04: refused: it is a worker of a cluster none of the inventory's control planes is in: run `sudo microk8s leave` on it, or take it out of the inventory"],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void Shared_addresses_are_a_problem()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh()), Host("pi-02", Fresh(), address: "10.0.0.11"), Host("pi-03", Fresh())]);

        Assert.Equal(["pi-01, pi-02 share the address 10.0.0.11: give each Pi its own ansible_host"], plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }

    [Theory]
    [InlineData("Pi-01")]
    [InlineData("pi_01")]
    [InlineData("pi-01.lan")]
    [InlineData("-pi-01")]
    public void A_name_that_cannot_be_a_hostname_is_a_problem(string name)
    {
        var plan = new UpPlanner(false).Plan([Host(name, Fresh(), address: "10.0.0.11"), Host("pi-02", Fresh())]);

        Assert.Equal(
            [$"{name}: not usable as a hostname: name the inventory entry with lowercase letters, digits and '-' (at most 63), and keep its address in ansible_host"],
            plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }

    [Fact]
    public void An_unsupported_pi_is_a_problem_for_each_thing_it_lacks()
    {
        var raspbian = Fresh() with { Arch = "armv7l", Os = new OsRelease("raspbian", "12", "Raspbian GNU/Linux 12 (bookworm)"), LoadableModules = ["vxlan"] };

        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh()), Host("pi-02", raspbian), Host("pi-03", raspbian, selected: false)]);

        Assert.Equal(
            [
                "pi-02: the system is armv7l, not 64-bit Arm (aarch64): flash Ubuntu Server 24.04 LTS 64-bit",
                "pi-02: it runs Raspbian GNU/Linux 12 (bookworm), not Ubuntu 24.04 LTS: flash Ubuntu Server 24.04 LTS 64-bit",
                "pi-02: the kernel module rbd cannot be loaded (modprobe -n rbd fails): install the running kernel's modules (sudo apt install linux-modules-$(uname -r)) and re-run",
            ],
            plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }

    [Fact]
    public void Hosts_that_are_no_pi_beside_pis_are_refused_with_the_limit_that_selects_the_pis()
    {
        var nas = Fresh() with { Arch = "x86_64", Model = null, Os = new OsRelease("debian", "12", "Debian GNU/Linux 12 (bookworm)") };
        static ClusterHost In(ClusterHost host, params string[] groups) =>
            host with { Target = host.Target with { Host = new PiCluster.Ansible.InventoryHost(host.Name, ["all", .. groups], new Dictionary<string, PiCluster.Ansible.Variable>()) } };

        var grouped = new UpPlanner(false).Plan([In(Host("pi-01", Fresh()), "edge"), In(Host("pi-02", Fresh()), "edge"), In(Host("nas", nas, address: "10.0.0.50"), "storage")]);
        var ungrouped = new UpPlanner(false).Plan([In(Host("pi-01", Fresh())), In(Host("nas", nas, address: "10.0.0.50"))]);

        Assert.Equal("nas is no Pi (see above): select the Pis alone with --limit edge (the group that holds them)", grouped.Problems[^1]);
        Assert.Equal("nas: the system is x86_64, not 64-bit Arm (aarch64): flash Ubuntu Server 24.04 LTS 64-bit", grouped.Problems[0]);
        Assert.Equal("nas is no Pi (see above): select the Pis alone with --limit, e.g. --limit 'pi-01'", ungrouped.Problems[^1]);
        Assert.Empty(grouped.ClusterSteps);
    }

    [Fact]
    public void An_os_without_a_name_is_called_unknown()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh() with { Os = new OsRelease("", "", "") })]);

        Assert.Equal(["pi-01: it runs an unknown OS, not Ubuntu 24.04 LTS: flash Ubuntu Server 24.04 LTS 64-bit"], plan.Problems);
    }

    [Fact]
    public void Renaming_a_node_that_is_in_a_cluster_is_a_problem()
    {
        var hosts = Formed(["pi-01", "pi-02"]);
        hosts[1] = hosts[1] with { Facts = hosts[1].Facts! with { Hostname = "ubuntu" } };

        var plan = new UpPlanner(false).Plan(hosts);

        Assert.Equal(
            ["pi-02: it is called ubuntu and is already in a MicroK8s cluster, and renaming a cluster node breaks it: name the inventory entry ubuntu, or run `sudo microk8s leave` on it first"],
            plan.Problems);
    }

    [Fact]
    public void A_node_on_another_channel_is_warned_about_and_left_as_it_is()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"]);
        var pi02 = hosts[1].Facts!;
        hosts[1] = hosts[1] with { Facts = pi02 with { MicroK8s = pi02.MicroK8s! with { Channel = "1.32/stable" } } };

        var plan = new UpPlanner(false).Plan(hosts);

        AssertNothingToDo(plan);
        Assert.Equal(
            [
                "pi-02 tracks microk8s 1.32/stable, the inventory asks for 1.35/stable: `up` does not change the version of a node; "
                + "`picluster upgrade` moves the nodes one at a time, one minor at a time",
            ],
            plan.Warnings);
        Assert.Contains("microk8s 1.32/stable is installed", plan.Hosts[1].Passed);
    }

    [Fact]
    public void A_member_in_another_role_than_the_inventory_says_is_warned_about_and_left_as_it_is()
    {
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]);
        hosts[2] = hosts[2] with { Spec = hosts[2].Spec with { Role = MicroK8sRole.Worker } };
        hosts[3] = hosts[3] with { Spec = hosts[3].Spec with { Role = MicroK8sRole.ControlPlane } };

        var plan = new UpPlanner(false).Plan(hosts);

        AssertNothingToDo(plan);
        Assert.Equal(
            [
                "pi-03 is a control plane but the inventory says worker: PiCluster does not change the role of a member; "
                + "to change it, run `sudo microk8s leave` on pi-03, `sudo microk8s remove-node pi-03` on a control plane, then picluster up",
                "pi-04 is a worker but the inventory says control plane: PiCluster does not change the role of a member; "
                + "to change it, run `sudo microk8s leave` on pi-04, `sudo microk8s remove-node pi-04` on a control plane, then picluster up",
            ],
            plan.Warnings);
    }

    [Fact]
    public void An_addon_asked_for_in_different_ways_is_a_problem()
    {
        var other = new AddonSpec("metallb", "10.0.0.200-10.0.0.210");

        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh(), addons: [Dns, MetalLb]), Host("pi-02", Fresh(), addons: [Dns, other]), Host("pi-03", Fresh(), addons: [MetalLb])]);

        Assert.Equal(
            [
                "microk8s_addons asks for metallb in different ways (metallb:10.0.0.240-10.0.0.250 on pi-01, metallb:10.0.0.200-10.0.0.210 on pi-02, metallb:10.0.0.240-10.0.0.250 on pi-03), "
                + "but addons are enabled once for the whole cluster: set microk8s_addons once, under all:vars or the group",
            ],
            plan.Problems);
        Assert.Empty(plan.ClusterSteps);
    }

    [Fact]
    public void The_same_addon_named_with_or_without_its_repository_is_no_conflict()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh(), addons: [Dns]), Host("pi-02", Fresh(), addons: [new("core/dns", null)])]);

        Assert.Empty(plan.Problems);
        Assert.Equal(["EnableAddon pi-01: enable addon dns (for the whole cluster)"], Lines(plan.ClusterSteps.OfType<EnableAddon>()));
    }

    [Fact]
    public void A_limited_run_does_not_join_through_a_first_pi_outside_the_limit_that_has_no_microk8s()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh(), selected: false), Host("pi-02", Fresh())]);

        Assert.Equal(
            ["Refuse pi-02: refused: pi-01 forms the cluster but is outside --limit and does not run MicroK8s yet: include it in the limit"],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void A_first_control_plane_that_is_a_worker_elsewhere_forms_nothing()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Prepared("pi-01", ["pi-01", "pi-02"], Worker())), Host("pi-02", Fresh())]);

        Assert.Null(plan.Cluster.Issuer);
        Assert.Equal(
            ["Refuse pi-02: refused: no cluster exists yet and pi-01, the first control plane in the inventory, which would form it, is a worker of another cluster: "
                + "run `sudo microk8s leave` on it, or take it out of the inventory"],
            Lines(plan.ClusterSteps));
    }

    [Fact]
    public void Enables_only_the_addons_the_issuer_does_not_list_as_enabled()
    {
        var addons = new[] { new AddonState("dns", "core", true), new AddonState("ha-cluster", "core", true), new AddonState("metallb", "core", false), new AddonState("hostpath-storage", "core", false) };
        var hosts = Formed(["pi-01", "pi-02", "pi-03"], null, addons);
        AddonSpec[] wanted = [new("core/dns", null), MetalLb, new("hostpath-storage", null)];

        var plan = new UpPlanner(false).Plan([.. hosts.Select(h => h with { Spec = h.Spec with { Addons = wanted } })]);

        Assert.Equal(
            ["EnableAddon pi-01: enable addon metallb:10.0.0.240-10.0.0.250 (for the whole cluster)", "EnableAddon pi-01: enable addon hostpath-storage (for the whole cluster)"],
            Lines(plan.ClusterSteps));
        Assert.All(plan.Hosts, h => Assert.Empty(h.Steps));
    }

    [Fact]
    public void Only_selected_hosts_are_prepared_and_joined()
    {
        var plan = new UpPlanner(false).Plan([Host("pi-01", Fresh()), Host("pi-02", Fresh()), Host("pi-03", Fresh(), selected: false)]);

        Assert.Equal(["pi-01", "pi-02"], plan.Hosts.Select(h => h.Name));
        Assert.Equal([Join("pi-02", "pi-01")], Lines(plan.ClusterSteps));
        Assert.Equal(FreshSteps("pi-01", "pi-01 → 10.0.0.11, pi-02 → 10.0.0.12, pi-03 → 10.0.0.13"), HostSteps(plan, "pi-01"));
    }
}
