namespace PiCluster.Hosts;

/// <summary>A host's variables read as the type PiCluster needs: null when absent, an <see cref="InventoryException"/> at the variable's spot when of the wrong type.</summary>
public static class HostVariables
{
    public static string? GetString(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.String(variable) : null;

    public static int? GetInt(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.Int(variable) : null;

    public static bool? GetBool(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.Bool(variable) : null;

    public static IReadOnlyList<string>? GetStringList(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.StringList(variable) : null;
}
