using System.Globalization;
using System.Text.Json.Nodes;
using PiCluster.Ansible.Output;

namespace PiCluster.Ansible;

/// <summary>Reads a variable as a given type, accepting what Ansible would accept and explaining anything else at the spot it was set;
/// <c>example</c> is the value the fix suggests.</summary>
public static class VariableReader
{
    public static string? Text(Variable variable, string? example = null) => variable.Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => PythonJson.Compact(v),
        var other => throw Wrong(variable, "a string", other is JsonValue
            ? "Quote the value so that it stays text (YAML reads yes, no, on and off as true or false)"
            : $"Write a single value such as {example ?? "text"}"),
    };

    public static int? Number(Variable variable, string? example = null)
    {
        switch (variable.Value)
        {
            case null:
                return null;
            case JsonValue v when v.TryGetValue<long>(out var l) && l is >= int.MinValue and <= int.MaxValue:
                return (int)l;
            case JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                return (int)d;
            case JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n):
                return n;
            default:
                throw Wrong(variable, "an integer", $"Write a number such as {example ?? "22"}");
        }
    }

    /// <summary>Ansible's booleans: true/false, yes/no, on/off, y/n, t/f, 1/0, in any case.</summary>
    public static bool? TrueOrFalse(Variable variable) => variable.Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) && l is 0 or 1 => l == 1,
        JsonValue v when v.TryGetValue<double>(out var d) && d is 0.0 or 1.0 => d == 1.0,
        JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().ToLowerInvariant() is var word
            && word is "yes" or "on" or "true" or "y" or "t" or "1" or "no" or "off" or "false" or "n" or "f" or "0"
            => word is "yes" or "on" or "true" or "y" or "t" or "1",
        _ => throw Wrong(variable, "true or false", "Write true or false"),
    };

    /// <summary>A list of values; a single string is split at commas, as Ansible does for list settings.</summary>
    public static IReadOnlyList<string>? List(Variable variable, string? example = null) => variable.Value switch
    {
        null => null,
        JsonArray items when items.All(i => i is JsonValue v && (v.TryGetValue<string>(out _) || v.GetValueKind() == System.Text.Json.JsonValueKind.Number)) =>
            [.. items.Select(i => i!.AsValue().TryGetValue<string>(out var s) ? s : PythonJson.Compact(i))],
        JsonValue v when v.TryGetValue<string>(out var s) => [.. s.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0)],
        _ => throw Wrong(variable, "a list of strings", $"Write a list such as {example ?? "[a, b]"}"),
    };

    static InventoryException Wrong(Variable variable, string expected, string fix) =>
        new(variable.Where, $"{variable.Name} must be {expected}, got {Describe(variable.Value)}", fix);

    static string Describe(JsonNode? value) => value switch
    {
        JsonArray => "a list",
        JsonObject => "a mapping",
        JsonValue v when v.TryGetValue<string>(out var s) => $"'{s}'",
        _ => PythonJson.Compact(value),
    };
}
