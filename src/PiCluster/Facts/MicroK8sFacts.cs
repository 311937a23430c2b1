using PiCluster.Spec;

namespace PiCluster.Facts;

/// <summary>MicroK8s as the node itself sees it.</summary>
public sealed record MicroK8sFacts
{
    public required string Channel { get; init; }
    public required string Version { get; init; }
    /// <summary>The snap's revision: what a held refresh keeps, and what tells builds of one version apart.</summary>
    public required string Revision { get; init; }
    public required bool Held { get; init; }
    public required MicroK8sRole Role { get; init; }
    /// <summary>Whether `microk8s status` says it is running; always false on a worker, which cannot tell.</summary>
    public required bool Running { get; init; }
    /// <summary>Addons as `microk8s status` lists them (control planes only).</summary>
    public required IReadOnlyList<AddonState> Addons { get; init; }
    /// <summary>The dqlite members this node knows (control planes only).</summary>
    public required IReadOnlyList<DatastoreMember> Datastore { get; init; }
    /// <summary>StorageClass names (running control planes only).</summary>
    public IReadOnlyList<string> StorageClasses { get; init; } = [];
    /// <summary>`kubectl get nodes` as this node sees it (running control planes only).</summary>
    public required IReadOnlyList<ClusterNode> Nodes { get; init; }
    /// <summary>The files in MicroK8s' var/lock: stopped.lock, join-in-progress, no-cert-reissue, clustered.lock, …</summary>
    public IReadOnlyList<string> Locks { get; init; } = [];

    /// <summary>What the API server's certificate is valid for; null on a worker, or when it could not be read.</summary>
    public ApiCertificate? ApiCertificate { get; init; }

    /// <summary>`microk8s stop` was run: it stays down until `microk8s start`.</summary>
    public bool Stopped => Locks.Contains("stopped.lock");

    /// <summary>join.py marks a join in progress and unmarks it only when it succeeds; a refused join leaves the mark too.</summary>
    public bool JoinMarked => Locks.Contains("join-in-progress");

    /// <summary>A join went through on this node's side (control planes: no-cert-reissue; workers: clustered.lock).</summary>
    public bool JoinedOnItsSide => Locks.Contains("no-cert-reissue") || Locks.Contains("clustered.lock");
}
