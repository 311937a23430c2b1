using PiCluster.Ansible;

namespace PiCluster.Spec;

/// <summary>A host's variables read through the table: checked as the table says, the default when unset.</summary>
public static class HostSettings
{
    public static string? Text(this InventoryHost host, InventoryVariable variable) =>
        Checked(host, variable) is { } set ? VariableReader.Text(set) ?? variable.Default : variable.Default;

    public static int? Number(this InventoryHost host, InventoryVariable variable) =>
        Checked(host, variable) is { } set && VariableReader.Number(set) is { } number ? number
        : variable.Default is { } otherwise ? int.Parse(otherwise, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static bool Flag(this InventoryHost host, InventoryVariable variable) =>
        Checked(host, variable) is { } set ? VariableReader.TrueOrFalse(set) ?? false : variable.Default == "true";

    /// <summary>null when unset: for lists, unset and empty differ (microceph_disks: [] makes a storage host).</summary>
    public static IReadOnlyList<string>? List(this InventoryHost host, InventoryVariable variable) =>
        Checked(host, variable) is { } set ? VariableReader.List(set) : null;

    public static bool IsSet(this InventoryHost host, InventoryVariable variable) => host.Vars.ContainsKey(variable.Name);

    /// <summary>Where the variable was set, for errors that involve more than its own value.</summary>
    public static SourceSpot? Spot(this InventoryHost host, InventoryVariable variable) =>
        host.Vars.TryGetValue(variable.Name, out var set) ? set.Where : null;

    static Variable? Checked(InventoryHost host, InventoryVariable variable)
    {
        if (!host.Vars.TryGetValue(variable.Name, out var set)) return null;
        return variable.Problem(set) is { } problem ? throw problem : set;
    }
}
