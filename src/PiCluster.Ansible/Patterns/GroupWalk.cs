namespace PiCluster.Ansible.Patterns;

/// <summary>
/// The hosts of a group with those of its descendants, in Ansible's order: the group's own hosts, then its children's,
/// then each deeper level's.
/// </summary>
static class GroupWalk
{
    public static IEnumerable<InventoryHost> Hosts(InventoryIndex index, InventoryGroup group)
    {
        var order = new List<InventoryGroup> { group };
        var seen = new HashSet<string> { group.Name };
        var level = new List<InventoryGroup> { group };
        while (level.Count > 0)
        {
            level = [.. level.SelectMany(g => g.Children).Where(seen.Add).Select(index.Group)];
            order.AddRange(level);
        }
        return order.SelectMany(g => g.Hosts).Distinct().Select(name => index.Host(name)!);
    }
}
