namespace PiCluster.Ansible;

/// <summary>Bad Ansible input (an inventory, ansible.cfg or an ANSIBLE_* variable): says where, what is wrong, and what to do.</summary>
public sealed class InventoryException(SourceSpot? where, string problem, string fix)
    : Exception(where is null ? $"{problem}. {fix}" : $"{where}: {problem}. {fix}")
{
    public SourceSpot? Where { get; } = where;
    public string Problem { get; } = problem;
    public string Fix { get; } = fix;
}
