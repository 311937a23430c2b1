namespace PiCluster.Ansible.Reading;

/// <summary>A host while the inventory files are read: the groups that list it and the variables set on it.</summary>
sealed class HostDraft(string name, SourceSpot where)
{
    public string Name { get; } = name;
    public SourceSpot Where { get; } = where;
    public List<GroupDraft> Groups { get; } = [];
    public Dictionary<string, Variable> Vars { get; } = [];
}
