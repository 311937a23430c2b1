namespace PiCluster.Hosts.Patterns;

/// <summary>
/// The hosts of a group with those of its descendants, in Ansible's order: the group's own hosts, then its children's,
/// then each deeper level's.
/// </summary>
internal static class GroupWalk
{
    public static IEnumerable<InventoryHost> Hosts(Inventory inventory, InventoryGroup group)
    {
        var order = new List<InventoryGroup> { group };
        var seen = new HashSet<string> { group.Name };
        var level = new List<InventoryGroup> { group };
        while (level.Count > 0)
        {
            var next = new List<InventoryGroup>();
            foreach (var child in level.SelectMany(g => g.Children).Where(seen.Add).Select(name => inventory.FindGroup(name)!))
            {
                order.Add(child);
                next.Add(child);
            }
            level = next;
        }
        return order.SelectMany(g => g.Hosts).Distinct().Select(name => inventory.FindHost(name)!);
    }
}
