using PiCluster.Planning.Removal;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>The hosts the inventory marks `picluster_state: absent` leave: Ceph first (each OSD once its data has moved, then the
/// member), then Kubernetes, workers before control planes (drain, leave, remove-node), then MicroK8s and MicroCeph come off the
/// Pi. A removal that would take the last control plane, high availability or Ceph's redundancy is refused with the way out;
/// a Pi that does not answer is removed from the others' side only.</summary>
public static class RemovalPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        var leaving = plan.Hosts.Where(h => h.Selected && h.Spec.Absent).ToList();
        if (leaving.Count == 0) return;
        var nodes = new NodeRemoval(plan, leaving);
        var ceph = new CephRemoval(plan, leaving);
        var refused = nodes.Refusals().Concat(ceph.Refusals()).GroupBy(r => r.Host).ToDictionary(g => g.Key, g => g.First().Reason);
        foreach (var (host, why) in refused) plan.Add(new Refuse(host, why));

        var going = leaving.Where(h => !refused.ContainsKey(h.Name)).ToList();
        foreach (var host in going) foreach (var step in ceph.Steps(host)) plan.Add(step);
        foreach (var host in going.OrderBy(nodes.IsControlPlane))
        {
            foreach (var step in nodes.Steps(host)) plan.Add(step);
            if (RemoveSnaps.For(host) is { } purge) plan.Add(purge);
        }

        foreach (var host in going)
        {
            if (host.Facts is null)
            {
                plan.Warn(!nodes.InCluster(host) && !ceph.InCeph(host)
                    ? $"{host.Name} is absent, does not answer and is in no cluster any more: delete it from the inventory"
                    : $"{host.Name} does not answer: it is removed from the others' side only, and MicroK8s and MicroCeph stay on it; "
                        + "re-flash it before it comes back on this network");
            }
            else if (!plan.Steps.Any(s => s.Host == host.Name))
            {
                plan.Warn($"{host.Name} is absent and in no cluster, with no MicroK8s or MicroCeph left: delete it from the inventory");
            }
        }
    }
}
