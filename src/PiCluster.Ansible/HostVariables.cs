namespace PiCluster.Ansible;

/// <summary>A host's variables read as the type PiCluster needs: null when absent, an <see cref="InventoryException"/> at the variable's spot when of the wrong type.</summary>
public static class HostVariables
{
    public static string? GetString(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.Text(variable) : null;

    public static int? GetInt(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.Number(variable) : null;

    public static bool? GetBool(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.TrueOrFalse(variable) : null;

    public static IReadOnlyList<string>? GetStringList(this InventoryHost host, string name) =>
        host.Vars.TryGetValue(name, out var variable) ? VariableReader.List(variable) : null;
}
