using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>The storage Pis in one MicroCeph cluster: the first storage Pi of the inventory forms it when none exists; every
/// other joins through a member that is ONLINE.</summary>
public static class CephMembersPhase
{
    /// <summary>Ceph still lists a member of this name that is not ONLINE while the Pi itself is in no Ceph cluster: a Pi flashed
    /// afresh under its old name. What its old self left is removed (OSDs, monitor, member) and it joins as new; a member that is
    /// ONLINE is another machine's and is left alone.</summary>
    static IEnumerable<HostStep> Rejoin(ClusterHost host, ClusterHost seed, List<ClusterHost> storage)
    {
        var listed = seed.Facts!.MicroCeph!.Members.FirstOrDefault(m => m.Name == host.Name);
        if (listed is { Online: true })
        {
            yield return new Refuse(host.Name, $"Ceph lists a member {host.Name} at {listed.Address} that is ONLINE, yet {host.Name} itself is in no Ceph cluster: "
                + "two machines answer to one name; give this Pi another name in the inventory, or switch the other one off");
            yield break;
        }

        var osds = storage.SelectMany(h => h.Facts?.MicroCeph?.Disks ?? []).Where(d => d.Location == host.Name).Select(d => d.Osd).Distinct().Order().ToList();
        yield return new ForgetCephDaemons(host.Name, seed.Name, osds);
        yield return new RemoveCephMember(host.Name, seed.Name, Force: true);
        yield return new JoinMicroCeph(host.Name, seed.Name);
    }

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
            else if (host.Facts!.MicroCeph?.Members.Any(m => m.Name == host.Name) != true && host != seed)
            {
                foreach (var step in Rejoin(host, seed, storage)) plan.Add(step);
            }
        }
    }
}
