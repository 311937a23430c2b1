namespace PiCluster.Hosts;

/// <summary>The kinds of value PiCluster reads from inventory variables, one per reader in <see cref="HostVariables"/>.</summary>
public enum VariableType
{
    Text,
    Number,
    Boolean,
    TextList,
}
