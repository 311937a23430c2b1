namespace PiCluster.Ansible.Reading;

/// <summary>
/// The inventory as Ansible builds it while reading sources: groups and hosts in the order they first appear,
/// `all` and `ungrouped` always present.
/// </summary>
sealed class InventoryDraft
{
    readonly Dictionary<string, GroupDraft> groupsByName = [];
    readonly Dictionary<string, HostDraft> hostsByName = [];
    readonly List<GroupDraft> groups = [];
    readonly List<HostDraft> hosts = [];

    public InventoryDraft()
    {
        All = Group("all");
        Ungrouped = Group("ungrouped");
        All.AddChild(Ungrouped, null);
    }

    public GroupDraft All { get; }
    public GroupDraft Ungrouped { get; }
    public IReadOnlyList<GroupDraft> Groups => groups;
    public IReadOnlyList<HostDraft> Hosts => hosts;

    /// <summary>What Ansible warns about and reads past, each naming where.</summary>
    public List<string> Warnings { get; } = [];

    public void Warn(SourceSpot where, string warning) => Warnings.Add($"{where}: {warning}");

    public bool HasGroup(string name) => groupsByName.ContainsKey(name);

    /// <summary>The group of that name, added if it is new.</summary>
    public GroupDraft Group(string name)
    {
        if (groupsByName.TryGetValue(name, out var known))
            return known;
        var group = new GroupDraft(name);
        groupsByName.Add(name, group);
        groups.Add(group);
        return group;
    }

    /// <summary>Adds the host to the group; a port only counts where the host is first named, as in Ansible.</summary>
    public HostDraft AddHost(string name, GroupDraft group, SourceSpot where, Variable? port)
    {
        if (!hostsByName.TryGetValue(name, out var host))
        {
            host = new HostDraft(name, where);
            hostsByName.Add(name, host);
            hosts.Add(host);
            if (port is not null)
                host.Vars[port.Name] = port;
        }
        group.AddHost(host);
        return host;
    }

    /// <summary>What Ansible does once every source is read: top groups go under `all`, lone hosts into `ungrouped`.</summary>
    public void Reconcile()
    {
        foreach (var group in groups.Where(g => g != All && g.Parents.Count == 0).ToList())
            All.AddChild(group, null);

        var grouped = new HashSet<HostDraft>();
        foreach (var host in hosts)
        {
            var named = host.Groups.Count(g => g != All);
            if (named > 1 && host.Groups.Contains(Ungrouped))
                grouped.Add(host);
            else if (named == 0 && groupsByName.TryGetValue(host.Name, out var same))
                Ungrouped.AddChild(same, host.Where); // Ansible's add_child takes the name for the group's: the host stays in `all` only
            else if (named == 0)
                Ungrouped.AddHost(host);
        }
        Ungrouped.RemoveHosts(grouped);

        foreach (var clash in hosts.Where(h => groupsByName.ContainsKey(h.Name)))
            Warn(clash.Where, $"{clash.Name} is both a host and a group: kept as both, as Ansible keeps them (a pattern or --limit {clash.Name} means the host)");

        SetDepths();
    }

    // Longest paths down from `all`, parents before children; no recursion, as a chain of groups may be long.
    void SetDepths()
    {
        var waiting = groups.ToDictionary(g => g, g => g.Parents.Count);
        var next = new Queue<GroupDraft>([All]);
        while (next.TryDequeue(out var group))
        {
            if (group.Depth > InventoryLimits.Nesting)
            {
                throw new InventoryException(group.Where, $"group {group.Name} is nested {group.Depth} groups deep, more than the {InventoryLimits.Nesting} PiCluster reads",
                    "Nest groups less deeply: a group may be a child of several groups instead");
            }

            foreach (var child in group.Children)
            {
                child.Depth = Math.Max(child.Depth, group.Depth + 1);
                if (--waiting[child] == 0)
                    next.Enqueue(child);
            }
        }
    }
}
