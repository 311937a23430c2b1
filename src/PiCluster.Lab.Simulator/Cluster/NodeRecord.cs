namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>MicroK8s as installed on one lab node.</summary>
public sealed record NodeRecord
{
    /// <summary>The cluster this node believes it is in; "" after a join that never converged.</summary>
    public required string Cluster { get; set; }

    public required string KubeletVersion { get; set; }

    /// <summary>Joined with --worker: clustered.lock, no control plane.</summary>
    public bool Worker { get; set; }

    /// <summary>Part of a multi-node cluster (joined, or was joined): the no-cert-reissue lock.</summary>
    public bool Clustered { get; set; }

    public bool Stopped { get; set; }

    /// <summary>A control-plane join overlapped another one and the datastore never converged (canonical/microk8s#4696), or a
    /// join was cut off while it had the services down: MicroK8s does not run.</summary>
    public bool Broken { get; set; }

    /// <summary>join.py's join-in-progress lock: set when a join starts, removed only when it succeeds (a refused join leaves it).</summary>
    public bool Joining { get; set; }

    /// <summary>Services were (re)started; the kubelet posts Ready from this moment on.</summary>
    public DateTimeOffset ReadyAt { get; set; }

    /// <summary>Seen on the node's last call: /sys/fs/cgroup/cgroup.controllers lists memory (or does not exist).</summary>
    public bool MemoryCgroup { get; set; } = true;
}
