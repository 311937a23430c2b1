using System.Globalization;
using PiCluster.Ansible;
using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Remote;
using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Tests.Planning;

/// <summary>Hand-built facts and hosts for the planner: pi-NN lives at 10.0.0.(10+NN) and logs in as ubuntu.</summary>
static class FactsBuilder
{
    public const string StockCmdline = "console=serial0,115200 multipath=off dwc_otg.lpm_enable=0 console=tty1 root=LABEL=writable rootfstype=ext4 rootwait fixrtc";
    /// <summary>What the inventory gets without microk8s_channel.</summary>
    public const string DefaultChannel = "1.35/stable";
    public const string StockHosts = "127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback";

    public static string Ip(string name) => $"10.0.0.{10 + int.Parse(name[^2..], CultureInfo.InvariantCulture)}";

    /// <summary>Ubuntu 24.04 as flashed: called ubuntu, memory cgroup off, no microk8s.</summary>
    public static HostFacts Fresh() => new()
    {
        Hostname = "ubuntu",
        BootId = "0d6f4c1e-9a7b-4c55-8b1e-2f3a4b5c6d7e",
        Os = new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.2 LTS"),
        Arch = "aarch64",
        MemoryKb = 7998716,
        Model = "Raspberry Pi 4 Model B Rev 1.4",
        Cmdline = new BootCmdline(StockCmdline),
        MemoryCgroupActive = false,
        TimeSynchronized = true,
        EtcHosts = StockHosts,
        CloudInitSettings = "",
        LoadableModules = ["vxlan", "rbd"],
        LoginGroups = ["ubuntu", "adm", "sudo"],
        Snaps = [],
        Disks = [],
        DiskIds = new Dictionary<string, string>(),
    };

    /// <summary>A Pi PiCluster has prepared: named, cgroup on, /etc/hosts listing <paramref name="everyone"/>, microk8s as given.</summary>
    public static HostFacts Prepared(string name, IEnumerable<string> everyone, MicroK8sFacts microk8s) => Fresh() with
    {
        Hostname = name,
        Cmdline = new BootCmdline(StockCmdline + " cgroup_enable=memory cgroup_memory=1"),
        MemoryCgroupActive = true,
        EtcHosts = StockHosts + string.Concat(everyone.Select(n => $"\n{Ip(n)}\t{n}")),
        CloudInitSettings = CloudInit.Settings,
        LoginGroups = ["ubuntu", "adm", "sudo", "microk8s"],
        Snaps = [new InstalledSnap("microk8s", microk8s.Version, "8612", microk8s.Channel, microk8s.Held ? ["held", "classic"] : ["classic"])],
        MicroK8s = microk8s,
    };

    public static MicroK8sFacts ControlPlane(IReadOnlyList<ClusterNode> nodes, IReadOnlyList<DatastoreMember> datastore, params AddonState[] addons) => new()
    {
        Channel = DefaultChannel,
        Version = "v1.35.0",
        Revision = "8612",
        Held = true,
        Role = MicroK8sRole.ControlPlane,
        Running = true,
        Addons = addons,
        Datastore = datastore,
        Nodes = nodes,
    };

    /// <summary>A node on its own, as after install: itself the only node, dqlite on loopback.</summary>
    public static MicroK8sFacts SingleNode(string name) => ControlPlane([Node(name)], [new DatastoreMember("127.0.0.1:19001", "voter")]);

    /// <summary>What a worker's probe shows: it cannot tell whether it runs, nor see the cluster.</summary>
    public static MicroK8sFacts Worker() => ControlPlane([], []) with { Role = MicroK8sRole.Worker, Running = false };

    public static ClusterNode Node(string name, bool ready = true) => new(name, Ip(name), ready, ControlPlane: true);

    public static ClusterNode WorkerNode(string name) => new(name, Ip(name), Ready: true, ControlPlane: false);

    public static DatastoreMember Voter(string name) => new($"{Ip(name)}:19001", "voter");

    public static ClusterHost Host(
        string name, HostFacts? facts, MicroK8sRole role = MicroK8sRole.ControlPlane, IReadOnlyList<AddonSpec>? addons = null,
        string? address = null, string user = "ubuntu", string channel = DefaultChannel, bool selected = true, string? becomePassword = null)
    {
        var ip = address ?? Ip(name);
        var target = new HostTarget(
            new InventoryHost(name, ["all"], new Dictionary<string, Variable>()),
            new HostConnection { Host = name, Address = ip, User = user },
            becomePassword);
        var spec = new NodeSpec(name, role, channel, addons ?? [], TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(600));
        return new ClusterHost(target, spec, ip, facts, facts is null ? $"cannot connect to {ip}:22 (timed out)" : null, selected);
    }

    /// <summary>Every host of a formed cluster as its own probe shows it: each control plane lists every node Ready and every control plane as a voter.</summary>
    public static List<ClusterHost> Formed(IReadOnlyList<string> controlPlanes, IReadOnlyList<string>? workers = null, params AddonState[] addons)
    {
        workers ??= [];
        var everyone = controlPlanes.Concat(workers).ToList();
        List<ClusterNode> nodes = [.. controlPlanes.Select(n => Node(n)), .. workers.Select(WorkerNode)];
        List<DatastoreMember> datastore = [.. controlPlanes.Select(Voter)];
        return
        [
            .. controlPlanes.Select(n => Host(n, Prepared(n, everyone, ControlPlane(nodes, datastore, addons)))),
            .. workers.Select(n => Host(n, Prepared(n, everyone, Worker()), MicroK8sRole.Worker)),
        ];
    }

    /// <summary>Every host in <paramref name="storage"/> a Ceph member with one OSD (ids from 1) and a monitor on the first three.</summary>
    public static List<ClusterHost> WithCeph(List<ClusterHost> hosts, string[] storage, CephHealth? health = null)
    {
        var members = storage.Select(n => new MicroCephMember(n, $"{Ip(n)}:7443", "ONLINE")).ToList();
        var disks = storage.Select((n, i) => new MicroCephDisk(i + 1, "/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0", n)).ToList();
        var ceph = new MicroCephFacts
        {
            Channel = "squid/stable",
            Version = "19.2.0",
            Revision = "1228",
            Held = true,
            Members = members,
            Disks = disks,
            Health = health ?? new CephHealth("HEALTH_OK", [], disks.Count, disks.Count, disks.Count),
            Mons = [.. storage.Take(3)],
            PoolSize = 3,
        };
        return [.. hosts.Select(h => !storage.Contains(h.Name) ? h : h with
        {
            Spec = h.Spec with { Storage = new StorageSpec("squid/stable", [], new HashSet<string>()) },
            Facts = h.Facts! with { MicroCeph = ceph, Snaps = [.. h.Facts.Snaps, new InstalledSnap("microceph", "19.2.0", "1228", "squid/stable", ["held"])] },
        })];
    }
}
