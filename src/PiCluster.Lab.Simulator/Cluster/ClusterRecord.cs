namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>One MicroK8s cluster: dqlite members, Kubernetes Node objects and enabled addons.</summary>
public sealed record ClusterRecord
{
    public required string Id { get; init; }

    public required string CaSeed { get; init; }

    public List<DqliteMember> Dqlite { get; init; } = [];

    public List<KubeNode> KubeNodes { get; init; } = [];

    /// <summary>Pods as the scheduler placed them (PodScheduler keeps them in line with nodes and addons).</summary>
    public List<KubePod> Pods { get; init; } = [];

    /// <summary>Cluster-wide addons (Kubernetes objects); helm, helm3 and ha-cluster are node files, not listed here.</summary>
    public List<string> Addons { get; init; } = [];

    public Dictionary<string, DateTimeOffset> EnabledAt { get; init; } = [];

    /// <summary>Datastore keys written by `dbctl restore` (key → base64 value); they win over the keys derived from this record.</summary>
    public Dictionary<string, string> Restored { get; init; } = [];

    /// <summary>StorageClass ceph-rbd, made by connect-external-ceph.</summary>
    public DateTimeOffset? CephRbdCreated { get; set; }

    /// <summary>The control-plane join in progress, if any: dqlite takes one membership change at a time.</summary>
    public string? JoiningNode { get; set; }

    public DateTimeOffset JoiningUntil { get; set; }

    public IEnumerable<DqliteMember> WithRole(int role) => Dqlite.Where(m => m.Role == role);

    /// <summary>dqlite keeps an odd number of voters: 1 until there are 3 members, then 3; up to 3 stand-bys; the rest
    /// spares. So two control planes show one master and one standby (canonical/microk8s#3006).</summary>
    public void AssignRoles()
    {
        var voters = Dqlite.Count >= 3 ? 3 : 1;
        for (var i = 0; i < Dqlite.Count; i++)
        {
            var role = i < voters ? DqliteMember.Voter : i < voters + 3 ? DqliteMember.Standby : DqliteMember.Spare;
            Dqlite[i] = Dqlite[i] with { Role = role };
        }
    }
}

public sealed record DqliteMember(string Address, string Node, ulong Id, int Role)
{
    public const int Voter = 0;
    public const int Standby = 1;
    public const int Spare = 2;

    public string Ip => Address[..Address.LastIndexOf(':')];

    public string RoleName => Role switch { Voter => "voter", Standby => "standby", _ => "spare" };
}

public sealed record KubeNode(string Name, string Address, string Node, bool Worker, DateTimeOffset Created, string KubeletVersion)
{
    /// <summary>spec.unschedulable: set by cordon and drain, cleared by uncordon.</summary>
    public bool Unschedulable { get; init; }

    public DateTimeOffset? CordonedAt { get; init; }
}
