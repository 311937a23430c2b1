using PiCluster.Facts;
using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>Joins every selected Pi that is not a member, control planes before workers so that HA forms as early as it
/// can; MicroK8s takes one join at a time. A member whose role differs from the inventory is reported, never changed.</summary>
public static class JoinPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        var cluster = plan.Cluster;
        var joining = plan.Hosts.Where(h => h.Selected && h.Facts is not null && !h.Spec.Absent && !cluster.Members.Contains(h.Name))
            .OrderBy(h => h.Spec.Role == MicroK8sRole.Worker);
        foreach (var host in joining)
            foreach (var step in Steps(host, cluster, plan.RepairStale)) plan.Add(step);
        foreach (var member in plan.Hosts.Where(h => h.Selected && !h.Spec.Absent && cluster.Members.Contains(h.Name) && h.MicroK8s is { } m && m.Role != h.Spec.Role))
        {
            plan.Warn($"{member.Name} is a {Role(member.MicroK8s!.Role)} but the inventory says {Role(member.Spec.Role)}: PiCluster does not change the role of a member; "
                + $"to change it, run `sudo microk8s leave` on {member.Name}, `sudo microk8s remove-node {member.Name}` on a control plane, then picluster up");
        }
    }

    static IEnumerable<HostStep> Steps(ClusterHost host, ClusterPicture cluster, bool repairStale)
    {
        if (cluster.Issuer is not { } issuer)
        {
            yield return new Refuse(host.Name, cluster.Blocked!);
            yield break;
        }
        if (!issuer.Selected && issuer.MicroK8s?.Running != true)
        {
            yield return new Refuse(host.Name, $"{issuer.Name} forms the cluster but is outside --limit and does not run MicroK8s yet: include it in the limit");
            yield break;
        }
        if (host.MicroK8s?.Role == MicroK8sRole.Worker)
        {
            yield return new Refuse(host.Name, "it is a worker of a cluster none of the inventory's control planes is in: run `sudo microk8s leave` on it, or take it out of the inventory");
            yield break;
        }
        if (cluster.Nodes.FirstOrDefault(n => n.Name == host.Name && n.Address != host.Address) is { } namesake)
        {
            yield return new Refuse(host.Name, $"the cluster already has a node called {host.Name} at {namesake.Address}, not at {host.Address}: "
                + $"if the Pi moved, run `sudo microk8s remove-node {host.Name} --force` on {issuer.Name} and re-run");
            yield break;
        }
        if (Membership.InDatastore(cluster.Datastore, host.Address))
        {
            // A Pi whose join was cut off, or that was re-flashed, is known to be stale; any other listed address needs the user's word.
            if (!repairStale && !cluster.HalfJoined.ContainsKey(host.Name) && !Reflashed(host, cluster))
            {
                yield return new Refuse(host.Name, $"the cluster's datastore still lists {host.Address} as a member (left from before {host.Name} was reset), so its join would be refused: "
                    + "re-run with --repair-stale to remove that entry and join");
                yield break;
            }
            yield return new RemoveStaleMember(host.Name, issuer.Name, host.Address);
        }
        else if (cluster.HalfJoined.ContainsKey(host.Name))
        {
            yield return new RemoveStaleMember(host.Name, issuer.Name, host.Address) { IfListed = true };
        }
        yield return new JoinCluster(host.Name, host.Address, host.Spec.Role, issuer.Name, issuer.Address, host.Spec.ReadyTimeout);
    }

    /// <summary>No MicroK8s on it at all while the cluster still lists it, and not as a Ready node: a Pi flashed afresh (a dead SD card
    /// replaced) under its old name and address.</summary>
    static bool Reflashed(ClusterHost host, ClusterPicture cluster) =>
        host.MicroK8s is null && !cluster.Nodes.Any(n => n.Address == host.Address && n.Ready);

    static string Role(MicroK8sRole role) => role == MicroK8sRole.Worker ? "worker" : "control plane";
}
