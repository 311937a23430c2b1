namespace PiCluster.Lab.Simulator.Cluster;

/// MicroK8s as installed on one lab node.
public sealed record NodeRecord
{
    /// The cluster this node believes it is in; "" after a join that never converged.
    public required string Cluster { get; set; }

    public required string KubeletVersion { get; set; }

    /// Joined with --worker: clustered.lock, no control plane.
    public bool Worker { get; set; }

    /// Part of a multi-node cluster (joined, or was joined): the no-cert-reissue lock.
    public bool Clustered { get; set; }

    public bool Stopped { get; set; }

    /// A control-plane join overlapped another one and the datastore never converged (canonical/microk8s#4696).
    public bool Broken { get; set; }

    /// Services were (re)started; the kubelet posts Ready from this moment on.
    public DateTimeOffset ReadyAt { get; set; }

    /// Seen on the node's last call: /sys/fs/cgroup/cgroup.controllers lists memory (or does not exist).
    public bool MemoryCgroup { get; set; } = true;
}
