using PiCluster.Facts;

namespace PiCluster.Planning;

/// <summary>The cluster the inventory's hosts are in, as their facts show it, and who can let new nodes in.</summary>
public sealed record ClusterPicture
{
    /// <summary>Whether a cluster of two or more nodes exists already.</summary>
    public required bool Formed { get; init; }
    /// <summary>The control plane that issues join tokens and enables addons; null when <see cref="Blocked"/> says why there is none.</summary>
    public ClusterHost? Issuer { get; init; }
    public string? Blocked { get; init; }
    /// <summary>Inventory hosts already in the cluster (or forming it), by name.</summary>
    public required IReadOnlySet<string> Members { get; init; }
    /// <summary>The Kubernetes nodes as a member sees them (empty before the cluster exists).</summary>
    public required IReadOnlyList<ClusterNode> Nodes { get; init; }
    /// <summary>The datastore members as the cluster's control planes list them.</summary>
    public required IReadOnlyList<DatastoreMember> Datastore { get; init; }
    /// <summary>Reasons to change nothing at all, each naming the hosts and the fix.</summary>
    public required IReadOnlyList<string> Problems { get; init; }
    /// <summary>Inventory hosts whose join was cut off or never converged, each with the evidence: they are set up afresh and
    /// join again.</summary>
    public IReadOnlyDictionary<string, string> HalfJoined { get; init; } = new Dictionary<string, string>();
}
