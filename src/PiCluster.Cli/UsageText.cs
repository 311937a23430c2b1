using PiCluster.Spec;

namespace PiCluster.Cli;

/// <summary>The words of a usage error: values as users type them, never .NET's type names, and a guess at what was meant.</summary>
public static class UsageText
{
    public static string MustBe(string name, string what, string got) => $"{name} must be {what}, got '{got}'";

    public static string UnknownCommand(string typed, IEnumerable<string> known) => $"unknown command '{typed}'{DidYouMean(typed, known)}";

    public static string UnknownOption(string typed, IEnumerable<string> known) => $"unknown option '{typed}'{DidYouMean(typed, known)}";

    /// <summary>"text or json", "a, b or c".</summary>
    public static string Either(IReadOnlyList<string> values) => Join(values, "or");

    /// <summary>"'a' and 'b'", "'a', 'b' and 'c'".</summary>
    public static string Quoted(IReadOnlyList<string> values) => Join([.. values.Select(v => $"'{v}'")], "and");

    /// <summary>The known name that was most likely meant: the same but for case, one edit away (two for words longer than four
    /// letters), or else the only one that begins with what was typed (three letters or more).</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var names = known.Distinct().ToList();
        var letters = typed.TrimStart('-').Length;
        var allowed = letters <= 2 ? 0 : letters <= 4 ? 1 : 2;
        var nearest = names
            .Select(name => (Name: name, Edits: EditDistance.Between(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(n => n.Edits)
            .FirstOrDefault(n => n.Edits <= allowed).Name;
        if (nearest is not null) return nearest;
        var starting = letters >= 3 ? names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToList() : [];
        return starting.Count == 1 ? starting[0] : null;
    }

    static string DidYouMean(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } name ? $" (did you mean '{name}'?)" : "";

    static string Join(IReadOnlyList<string> values, string conjunction) =>
        values.Count <= 1 ? string.Concat(values) : $"{string.Join(", ", values.Take(values.Count - 1))} {conjunction} {values[^1]}";
}
