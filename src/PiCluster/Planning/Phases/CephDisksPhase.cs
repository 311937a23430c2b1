using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>Each disk the inventory lists becomes an OSD when <see cref="DiskSafety"/> finds it safe; every unsafe one is refused
/// with its reason.</summary>
public static class CephDisksPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        var storage = Storage.Hosts(plan);
        if (Storage.Seed(storage)?.Facts is null) return;
        var configured = storage.SelectMany(h => h.Facts?.MicroCeph?.Disks ?? []).ToList();
        foreach (var host in storage.Where(h => h.Selected && h.Facts is not null))
        {
            // Rows under its name while it is in no Ceph cluster itself are a re-flashed Pi's old OSDs, purged before it joins again.
            var member = host.Facts!.MicroCeph?.Members.Any(m => m.Name == host.Name) == true;
            var mine = member ? configured.Where(d => d.Location == host.Name).Select(d => d.Path).ToList() : [];
            var judged = new List<string>();
            foreach (var disk in host.Spec.Storage!.Disks)
            {
                // The same disk listed twice (by its usb- and its wwn- name) is added once.
                if (judged.Any(other => DiskIds.SameDisk(host.Facts!.DiskIds, disk, other))) continue;
                judged.Add(disk);
                var verdict = DiskSafety.Judge(host.Name, disk, host.Spec.Storage.Wipe.Contains(disk), host.Facts!.Disks, host.Facts.DiskIds, mine);
                if (verdict.Refusal is { } why) plan.Add(new Refuse(host.Name, why));
                else if (verdict.ToAdd) plan.Add(new AddDisk(host.Name, verdict.Disk, verdict.Description, verdict.Losing));
            }
        }
    }
}
