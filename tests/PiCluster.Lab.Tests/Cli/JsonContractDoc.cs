using System.Text.Json;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>docs/json.md read as the contract of `-o json`: per command the ```json example under its `## COMMAND` heading and
/// its field table (path | type | meaning | absent when). A type that links a shared table, as `array of [steps](#steps)`
/// does, brings that table's rows in under the linking row's path.</summary>
public sealed partial class JsonContractDoc
{
    readonly Dictionary<string, string> sections = [];

    JsonContractDoc(string markdown)
    {
        foreach (var section in markdown.Split("\n## ").Skip(1))
        {
            var heading = section[..section.IndexOf('\n', StringComparison.Ordinal)];
            sections[Anchor(heading)] = section[heading.Length..];
        }
    }

    public static JsonContractDoc Load() => new(File.ReadAllText(Path.Combine(Repo.Root, "docs", "json.md")));

    public sealed record Field(string Path, string Type, bool Optional, string? Link)
    {
        bool IsArray => Type.StartsWith("array", StringComparison.Ordinal);

        public bool IsMap => Type.StartsWith("map", StringComparison.Ordinal);

        public string Prefix => Path + (IsArray ? "[]." : ".");

        public string Kind => IsArray ? "array" : IsMap || Link is not null ? "object" : Type == "integer" ? "number" : Type;

        public string? ItemKind => !IsArray ? null : Type switch
        {
            "array of strings" => "string",
            "array of integers" or "array of numbers" => "number",
            "array of booleans" => "boolean",
            _ => "object",
        };
    }

    public string Example(string command)
    {
        var body = Section(command);
        var start = body.IndexOf("```json\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/json.md has no ```json block under ## {command}");
        start += "```json\n".Length;
        return body[start..body.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    /// <summary>Every key path of <paramref name="root"/> (`hosts[].facts.os.version_id`, `[]` for the items of an array, `.*` for
    /// the values of a map) with the JSON kind of its values.</summary>
    public IReadOnlyDictionary<string, string> Shape(string command, JsonElement root)
    {
        var shape = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(command, root, "", shape);
        return shape;
    }

    /// <summary>Each path one shape has and the other lacks, unless the table marks it (or what holds it) optional or its array
    /// is empty on the side that lacks it; and each path whose kinds differ, other than by null where the table allows null.</summary>
    public IReadOnlyList<string> Differences(string command, IReadOnlyDictionary<string, string> example, IReadOnlyDictionary<string, string> output) =>
    [
        .. example.Where(p => !output.ContainsKey(p.Key) && !Excused(command, p.Key, output)).Select(p => $"{p.Key} ({p.Value}): in the example, not in the output"),
        .. output.Where(p => !example.ContainsKey(p.Key) && !Excused(command, p.Key, example)).Select(p => $"{p.Key} ({p.Value}): in the output, not in the example"),
        .. example.Where(p => output.TryGetValue(p.Key, out var kind) && !SameKinds(command, p.Key, p.Value, kind))
            .Select(p => $"{p.Key}: {p.Value} in the example, {output[p.Key]} in the output"),
    ];

    /// <summary>Each path of <paramref name="shape"/> that the field table lacks or gives another type.</summary>
    public IReadOnlyList<string> Undocumented(string command, IReadOnlyDictionary<string, string> shape)
    {
        var wrong = new List<string>();
        foreach (var (path, kind) in shape.Where(p => !p.Key.EndsWith(".*", StringComparison.Ordinal)))
        {
            if (path.EndsWith("[]", StringComparison.Ordinal))
            {
                if (Resolve(command, path[..^2])?.ItemKind is { } items && kind.Split(" or ").Any(k => k != items))
                    wrong.Add($"{path}: items are {kind}, the table says {items}");
            }
            else if (Resolve(command, path) is not { } field)
            {
                wrong.Add($"{path} ({kind}): not in the field table");
            }
            else if (kind.Split(" or ").Any(k => k == "null" ? !field.Optional : k != field.Kind))
            {
                wrong.Add($"{path}: {kind}, the table says {field.Type}{(field.Optional ? "" : ", never null")}");
            }
        }
        return wrong;
    }

    bool SameKinds(string command, string path, string one, string other)
    {
        if (one == other) return true;
        if (!Ancestry(path).Any(p => Resolve(command, p)?.Optional == true)) return false;
        var (a, b) = (one.Split(" or ").Where(k => k != "null").ToHashSet(), other.Split(" or ").Where(k => k != "null").ToHashSet());
        return a.Count == 0 || b.Count == 0 || a.SetEquals(b);
    }

    bool Excused(string command, string path, IReadOnlyDictionary<string, string> side) =>
        Ancestry(path).Any(p => Resolve(command, p)?.Optional == true) || InAnEmptyArray(path, side);

    /// <summary>True when an array holding the path is there on this side but never has an item.</summary>
    static bool InAnEmptyArray(string path, IReadOnlyDictionary<string, string> side)
    {
        for (var i = path.IndexOf("[]", StringComparison.Ordinal); i >= 0; i = path.IndexOf("[]", i + 2, StringComparison.Ordinal))
            if (side.ContainsKey(path[..i]) && !side.ContainsKey(path[..(i + 2)])) return true;
        return false;
    }

    /// <summary>The path and every field above it, each without a trailing `[]`.</summary>
    static IEnumerable<string> Ancestry(string path)
    {
        static string Field(string p) => p.EndsWith("[]", StringComparison.Ordinal) ? p[..^2] : p;
        for (var i = path.IndexOf('.', StringComparison.Ordinal); i >= 0; i = path.IndexOf('.', i + 1)) yield return Field(path[..i]);
        yield return Field(path);
    }

    Field? Resolve(string anchor, string path)
    {
        foreach (var field in Table(anchor))
        {
            if (field.Path == path) return field;
            if (field.Link is { } link && path.StartsWith(field.Prefix, StringComparison.Ordinal) && Resolve(link, path[field.Prefix.Length..]) is { } inner)
                return inner;
        }
        return null;
    }

    IEnumerable<Field> Table(string anchor) =>
        Section(anchor).Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).Select(line =>
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            return new Field(cells[1].Trim('`'), cells[2], !cells[4].StartsWith("never", StringComparison.Ordinal),
                LinkPattern().Match(cells[2]) is { Success: true } link ? link.Groups[1].Value : null);
        });

    string Section(string anchor) =>
        sections.TryGetValue(anchor, out var body) ? body : throw new InvalidOperationException($"docs/json.md has no section ## {anchor}");

    void Walk(string command, JsonElement value, string path, IDictionary<string, string> shape)
    {
        if (path.Length > 0)
        {
            var kind = Kind(value);
            shape[path] = shape.TryGetValue(path, out var seen) ? string.Join(" or ", seen.Split(" or ").Append(kind).Distinct().Order()) : kind;
        }
        if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray()) Walk(command, item, path + "[]", shape);
        if (value.ValueKind != JsonValueKind.Object) return;
        var map = path.Length > 0 && Resolve(command, path)?.IsMap == true;
        foreach (var property in value.EnumerateObject())
            Walk(command, property.Value, map ? path + ".*" : path.Length == 0 ? property.Name : $"{path}.{property.Name}", shape);
    }

    static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>As GitHub makes a heading's anchor: lower case, spaces to '-', other punctuation dropped.</summary>
    static string Anchor(string heading) =>
        new([.. heading.Trim().ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);

    [GeneratedRegex(@"\]\(#([a-z0-9_-]+)\)")]
    private static partial Regex LinkPattern();
}
