namespace PiCluster.Spec;

/// <summary>The kinds of value an inventory variable holds for PiCluster.</summary>
public enum VariableType
{
    Text,
    Number,
    Boolean,
    TextList,
}
