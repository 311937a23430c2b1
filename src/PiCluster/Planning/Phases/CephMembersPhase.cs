using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>The storage Pis in one MicroCeph cluster: the first storage Pi of the inventory forms it when none exists; every
/// other joins through a member that is ONLINE.</summary>
public static class CephMembersPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        var storage = Storage.Hosts(plan);
        if (storage.Count == 0) return;
        var members = Storage.Members(storage);
        var seed = Storage.Seed(storage);
        foreach (var host in storage.Where(h => h.Selected && h.Facts is not null))
        {
            if (seed?.Facts is null)
            {
                plan.Add(new Refuse(host.Name, members.Count > 0
                    ? "no member of the Ceph cluster answers, so nothing can join it or add disks: bring one up and re-run"
                    : $"{storage[0].Name}, the first storage host in the inventory, which forms the Ceph cluster, does not answer: bring it up and re-run"));
            }
            else if (members.Count == 0 && host == seed)
            {
                plan.Add(new BootstrapMicroCeph(host.Name));
            }
            else if (!members.Contains(host.Name))
            {
                plan.Add(new JoinMicroCeph(host.Name, seed.Name));
            }
        }
    }
}
