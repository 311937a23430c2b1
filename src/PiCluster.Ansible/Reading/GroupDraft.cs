using System.Globalization;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Reading;

/// <summary>A group while the inventory files are read: members, parents and the variables set on it, in the order they were written.</summary>
sealed class GroupDraft(string name)
{
    readonly HashSet<HostDraft> members = [];
    readonly HashSet<GroupDraft> children = [];

    public string Name { get; } = name;
    public List<HostDraft> Hosts { get; } = [];
    public List<GroupDraft> Children { get; } = [];
    public List<GroupDraft> Parents { get; } = [];
    public Dictionary<string, Variable> Vars { get; } = [];
    public long Priority { get; set; } = 1;

    /// <summary>Sets a variable from the inventory file; ansible_group_priority sets the group's rank instead, as in Ansible.</summary>
    public void Set(Variable variable)
    {
        if (variable.Name != "ansible_group_priority")
        {
            Vars[variable.Name] = variable;
        }
        else if (variable.Value is JsonValue v && (v.TryGetValue<long>(out var n)
            || (v.TryGetValue<string>(out var s) && long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n))))
        {
            Priority = n;
        }
        else
        {
            throw new InventoryException(variable.Where, $"ansible_group_priority of group {Name} is not a whole number", "Write a number such as 10 (the higher number wins)");
        }
    }

    /// <summary>Where the group was first made a child of another, if it was.</summary>
    public SourceSpot? Where { get; private set; }

    /// <summary>Ansible's depth: the longest path down from `all`, set once every source is read.</summary>
    public int Depth { get; set; }

    // Each ancestor once: walking every path instead takes exponential time where groups share parents.
    public bool HasAncestor(GroupDraft group)
    {
        var seen = new HashSet<GroupDraft>();
        var next = new Stack<GroupDraft>(Parents);
        while (next.TryPop(out var parent))
        {
            if (parent == group)
                return true;
            if (seen.Add(parent))
            {
                foreach (var grandparent in parent.Parents)
                    next.Push(grandparent);
            }
        }
        return false;
    }

    public void AddChild(GroupDraft child, SourceSpot? where)
    {
        if (children.Contains(child))
            return;
        if (child == this || HasAncestor(child))
        {
            throw new InventoryException(where, $"making {child.Name} a child of {Name} creates a loop of groups",
                $"Remove {child.Name} from the children of {Name}");
        }

        children.Add(child);
        Children.Add(child);
        child.Parents.Add(this);
        child.Where ??= where;
    }

    public void AddHost(HostDraft host)
    {
        if (!members.Add(host))
            return;
        Hosts.Add(host);
        host.Groups.Add(this);
    }

    /// <summary>Removes these hosts in one pass over the group's hosts, however many there are.</summary>
    public void RemoveHosts(IReadOnlySet<HostDraft> hosts)
    {
        if (hosts.Count == 0)
            return;
        members.ExceptWith(hosts);
        Hosts.RemoveAll(hosts.Contains);
        foreach (var host in hosts)
            host.Groups.Remove(this);
    }
}
