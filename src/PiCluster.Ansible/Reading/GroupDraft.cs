using System.Globalization;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Reading;

/// <summary>A group while the inventory files are read: members, parents and the variables set on it, in the order they were written.</summary>
sealed class GroupDraft(string name)
{
    readonly HashSet<HostDraft> members = [];

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

    public bool HasAncestor(GroupDraft group) =>
        Parents.Any(p => p == group || p.HasAncestor(group));

    public void AddChild(GroupDraft child, SourceSpot? where)
    {
        if (Children.Contains(child))
            return;
        if (child == this || HasAncestor(child))
        {
            throw new InventoryException(where, $"making {child.Name} a child of {Name} creates a loop of groups",
                $"Remove {child.Name} from the children of {Name}");
        }

        Children.Add(child);
        child.Parents.Add(this);
    }

    public void AddHost(HostDraft host)
    {
        if (!members.Add(host))
            return;
        Hosts.Add(host);
        host.Groups.Add(this);
    }

    public void RemoveHost(HostDraft host)
    {
        members.Remove(host);
        Hosts.Remove(host);
        host.Groups.Remove(this);
    }
}
