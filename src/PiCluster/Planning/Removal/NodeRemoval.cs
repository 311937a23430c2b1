using PiCluster.Facts;
using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Planning.Removal;

/// <summary>The Kubernetes side of removing Pis: who runs the commands, what is refused, and the steps for one Pi.</summary>
public sealed class NodeRemoval(ClusterPlanning plan, IReadOnlyList<ClusterHost> leaving)
{
    readonly ClusterPicture cluster = plan.Cluster;

    /// <summary>A control plane that stays, runs MicroK8s and is a Ready node at its address: it drains, and removes the nodes.</summary>
    readonly ClusterHost? runner = plan.Hosts.FirstOrDefault(h => !h.Spec.Absent && h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: true }
        && plan.Cluster.Nodes.Any(n => n.Name == h.Name && n.Address == h.Address && n.Ready && n.ControlPlane));

    /// <summary>The cluster lists it as a node or a datastore member, or it still counts itself in a cluster.</summary>
    public bool InCluster(ClusterHost host) =>
        cluster.Nodes.Any(n => n.Name == host.Name) || Membership.InDatastore(cluster.Datastore, host.Address) || ClusteredOnItsSide(host);

    public bool IsControlPlane(ClusterHost host) =>
        cluster.Nodes.FirstOrDefault(n => n.Name == host.Name) is { } node ? node.ControlPlane : Membership.InDatastore(cluster.Datastore, host.Address);

    public IEnumerable<(string Host, string Reason)> Refusals()
    {
        var members = leaving.Where(InCluster).ToList();
        if (members.Count == 0) yield break;
        if (runner is null)
        {
            foreach (var host in members)
            {
                yield return (host.Name, "no control plane that stays is running and a Ready node, so nothing can remove it from the cluster: "
                    + "bring one up (`picluster status`) and re-run");
            }
            yield break;
        }

        var readyControlPlanes = cluster.Nodes.Where(n => n.ControlPlane && n.Ready).Select(n => n.Name).ToList();
        var joining = plan.Steps.OfType<JoinCluster>().Count(j => j.Role == MicroK8sRole.ControlPlane);
        var remaining = readyControlPlanes.Count(name => !leaving.Any(h => h.Name == name)) + joining;
        var allowed = plan.AllowHaLoss || plan.Hosts.Any(h => h.Spec.AllowHaLoss);
        if (readyControlPlanes.Count < 3 || remaining >= 3 || allowed) yield break;
        foreach (var host in members.Where(h => readyControlPlanes.Contains(h.Name)))
        {
            yield return (host.Name, $"removing it leaves {remaining} control plane{(remaining == 1 ? "" : "s")}, and a cluster needs three to keep working "
                + "when one fails (high availability): add a control plane first, or allow it with --allow-ha-loss (or picluster_allow_ha_loss: true)");
        }
    }

    /// <summary>A Pi that answers and is a Ready node is drained and leaves; one that does not is taken out from a control plane
    /// (`remove-node --force` also drops it from the datastore).</summary>
    public IEnumerable<HostStep> Steps(ClusterHost host)
    {
        if (!InCluster(host)) yield break;
        if (runner is null) yield break;
        var node = cluster.Nodes.FirstOrDefault(n => n.Name == host.Name);
        var alive = host.Facts is not null && node is { Ready: true };
        if (alive) yield return new DrainNode(host.Name, runner.Name, host.Spec.DrainTimeout);
        if (alive && ClusteredOnItsSide(host)) yield return new LeaveCluster(host.Name);
        if (node is not null || Membership.InDatastore(cluster.Datastore, host.Address))
            yield return new RemoveNode(host.Name, runner.Name, host.Address, Force: !alive, runner.Spec.ReadyTimeout);
    }

    /// <summary>Its own view: a worker's clustered.lock, a control plane's datastore or node list naming others.</summary>
    static bool ClusteredOnItsSide(ClusterHost host) =>
        host.MicroK8s is { } m && (m.Role == MicroK8sRole.Worker || m.JoinedOnItsSide || m.Datastore.Count > 1 || m.Nodes.Count > 1);
}
