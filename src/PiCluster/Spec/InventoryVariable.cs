using System.Text.RegularExpressions;
using PiCluster.Ansible;

namespace PiCluster.Spec;

/// <summary>One inventory variable PiCluster reads: name, type, default, meaning and the check of its value, in one place.
/// <see cref="Meaning"/> may say `{default}`, which stands for <see cref="Default"/>.</summary>
public sealed record InventoryVariable(string Name, VariableType Type, string Meaning)
{
    /// <summary>The value when the inventory does not set it, as text; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>A value the fix of a wrong one suggests; the default when not given.</summary>
    public string? Example { get => field ?? Default; init; }

    /// <summary>The only values allowed, when they are few.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>What every value (every item of a list) must match, and the fix when it does not.</summary>
    public (Regex Pattern, string Expected, string Fix)? Shape { get; init; }

    /// <summary>The least number of seconds allowed, for a wait.</summary>
    public int? MinimumSeconds { get; init; }

    /// <summary>The lowest and highest numbers allowed, as 1 to 65535 for a port.</summary>
    public (int Lowest, int Highest)? Range { get; init; }

    /// <summary>A row of the table in docs/variables.md: `| name | type | meaning |`.</summary>
    public string Row => $"| `{Name}` | {TypeWord} | {Meaning.Replace("{default}", Default, StringComparison.Ordinal)} |";

    string TypeWord => Type switch
    {
        VariableType.Number => "number",
        VariableType.Boolean => "true/false",
        VariableType.TextList => "list of text",
        _ => "text",
    };

    /// <summary>Why this value cannot be used, at the spot it was set; null when it can.</summary>
    public InventoryException? Problem(Variable variable)
    {
        try
        {
            switch (Type)
            {
                case VariableType.Number:
                    return VariableReader.Number(variable, Example) is not { } number ? null
                        : number < MinimumSeconds ? Wrong(variable, $"{Name} must be {MinimumSeconds} second or more, got {number}", $"Set it to a number of seconds, e.g. {Example}")
                        : Range is var (lowest, highest) && (number < lowest || number > highest)
                            ? Wrong(variable, $"{Name} must be from {lowest} to {highest}, got {number}", $"Set it to a number from {lowest} to {highest}, e.g. {Example}")
                        : null;
                case VariableType.Boolean:
                    VariableReader.TrueOrFalse(variable);
                    return null;
                case VariableType.TextList:
                    return (VariableReader.List(variable, Example) ?? []).Select(item => ValueProblem(variable, item)).FirstOrDefault(p => p is not null);
                default:
                    return VariableReader.Text(variable, Example) is { } text ? ValueProblem(variable, text) : null;
            }
        }
        catch (InventoryException e)
        {
            return e;
        }
    }

    InventoryException? ValueProblem(Variable variable, string value)
    {
        if (Allowed is { } allowed && !allowed.Contains(value))
            return Wrong(variable, $"{Name} is '{value}', but PiCluster accepts only {string.Join(", ", allowed)}", $"Set {Name} to {allowed[0]} or remove it");
        if (Shape is var (pattern, expected, fix) && !pattern.IsMatch(value))
            return Wrong(variable, $"{Name} '{value}' is not {expected}", fix);
        return null;
    }

    static InventoryException Wrong(Variable variable, string problem, string fix) => new(variable.Where, problem, fix);
}
