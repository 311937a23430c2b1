using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Spec;

namespace PiCluster.Planning;

/// <summary>One inventory host as the planner sees it: what the inventory asks, its address, and its facts or why there are none.</summary>
public sealed record ClusterHost(HostTarget Target, NodeSpec Spec, string Address, HostFacts? Facts, string? Unreachable, bool Selected)
{
    /// <summary>How long reading its facts took: the first part of the host's time in the recap.</summary>
    public TimeSpan FactsElapsed { get; init; }

    /// <summary>False for a host outside --limit that the run did not need, and so never connected to.</summary>
    public bool Contacted { get; init; } = true;

    public string Name => Target.Name;

    public MicroK8sFacts? MicroK8s => Facts?.MicroK8s;

    /// <summary>A control plane whose node list or datastore shows it in a cluster (itself included).</summary>
    public bool SeesCluster => MicroK8s is { Role: MicroK8sRole.ControlPlane } m && (m.Nodes.Count > 0 || m.Datastore.Count > 0);
}
