namespace PiCluster.Lab;

/// <summary>What `lab up` decided for a lab; stored as DIR/lab.json and read by every node's simulator.</summary>
public sealed record LabSettings
{
    public required string Network { get; init; }
    public required int Port { get; init; }
    public required IReadOnlyList<LabNode> Nodes { get; init; }
    public LabDelays Delays { get; init; } = new();

    /// <summary>The `ubuntu` user's password; when set, sshd also takes password logins (as Imager sets up a Pi).</summary>
    public string? Password { get; init; }

    public bool ClientKeyInstalled { get; init; } = true;
    public bool SudoNeedsPassword { get; init; }
    public bool PasswordLogin => Password is not null;

    /// <summary>The microceph revision the lab's store serves on squid/* and latest/*; null: <see cref="MicroCephBuild.DefaultSquidRevision"/>.</summary>
    public int? MicroCephRevision { get; init; }

    public LabNode? FindNode(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    public LabNode? FindNodeByAddress(string address) => Nodes.FirstOrDefault(n => n.Address == address);
}

/// <summary>One simulated Pi: its inventory name, address and hardware.</summary>
public sealed record LabNode(string Name, int Index, string Address, int MemoryGb, bool MemoryCgroupByDefault);

/// <summary>How long simulated work takes, zero by default so tests run fast; benchmarks set realistic ones. SilentConnectMs is
/// how long a TCP connect to a hung node waits: Linux gives up on an unanswered SYN after about 127 s (tcp_syn_retries = 6);
/// tests shorten it. DrainMs is how long `kubectl drain` waits for a node's evicted pods to terminate (none evicted: no wait).
/// CephRestartMs is how long a MicroCeph refresh to another revision keeps that node's mon, mgr and OSDs down. RebalanceMs is how long Ceph
/// takes to move an OSD's PGs to the others once `microceph disk remove` marked it out. SnapRemoveMs is how long the microk8s snap's remove
/// hook runs (at least 15 s on a Pi: it sleeps 5 s + 10 s).</summary>
public sealed record LabDelays(
    int SnapInstallMs = 0, int MicroK8sStartMs = 0, int JoinMs = 0, int RebootMs = 0, int SilentConnectMs = 127_000, int DrainMs = 0, int CephRestartMs = 3000,
    int RebalanceMs = 3000, int SnapRemoveMs = 1000);
