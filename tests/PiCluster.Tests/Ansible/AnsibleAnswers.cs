using System.Text.Json.Nodes;
using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>
/// What the real Ansible says about every fixture: ansible-inventory --list and --graph, and for a few host patterns
/// the hosts --limit selects with the --list output they give. All Ansible processes run at once, once per test class.
/// </summary>
public sealed class AnsibleAnswers : IAsyncLifetime
{
    readonly AnsibleTool ansible = new();

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public sealed record Source(string Path, string Name, Task<(int ExitCode, string StdOut, string StdErr)> List, Task<(int ExitCode, string StdOut, string StdErr)> Graph)
    {
        public List<Limit> Limits { get; } = [];
    }

    public sealed record Limit(string Pattern, IReadOnlyList<string>? Hosts, string? List);

    public async ValueTask InitializeAsync()
    {
        Sources = [.. SourcePaths().Select(path => new Source(path, System.IO.Path.GetRelativePath(TestData.Inventories, path),
            ansible.RunAsync(ansible.InventoryPath, ["-i", path, "--list"]),
            ansible.RunAsync(ansible.InventoryPath, ["-i", path, "--graph"])))];
        await Task.WhenAll(Sources.SelectMany(s => new[] { s.List, s.Graph }));

        var jobs = new List<(Source Source, IReadOnlyList<string> Patterns)>();
        foreach (var source in Sources.Where(s => s.List.Result.ExitCode == 0))
        {
            if (PatternsFor(source.Path) is { Count: > 0 } patterns)
                jobs.Add((source, patterns));
        }

        var input = new JsonArray([.. jobs.Select(j => new JsonObject
        {
            ["source"] = j.Source.Path,
            ["list"] = j.Source.List.Result.StdOut,
            ["patterns"] = new JsonArray([.. j.Patterns.Select(p => JsonValue.Create(p))]),
        })]);
        var (exitCode, stdOut, stdErr) = await ansible.RunAsync(ansible.Python, [Path.Combine(AppContext.BaseDirectory, "Data", "ansible", "limits.py")], input.ToJsonString());
        if (exitCode != 0)
            throw new InvalidOperationException($"limits.py failed: {stdErr}");
        var answers = JsonNode.Parse(stdOut)!.AsArray();
        for (var i = 0; i < jobs.Count; i++)
        {
            jobs[i].Source.Limits.AddRange(answers[i]!.AsArray().Select(a => new Limit(
                a!["pattern"]!.GetValue<string>(),
                a["hosts"] is JsonArray hosts ? [.. hosts.Select(h => h!.GetValue<string>())] : null,
                a["list"]?.GetValue<string>())));
        }
    }

    public ValueTask DisposeAsync()
    {
        ansible.Dispose();
        return ValueTask.CompletedTask;
    }

    // Every file and folder in Data/inventories; for a folder also its inventory file, read with the vars folders beside it.
    static IEnumerable<string> SourcePaths()
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(TestData.Inventories).Order(StringComparer.Ordinal))
        {
            yield return entry;
            if (Directory.Exists(entry))
            {
                foreach (var file in Directory.EnumerateFiles(entry).Where(f => System.IO.Path.GetFileName(f) is "hosts" || System.IO.Path.GetFileName(f).StartsWith("inventory.", StringComparison.Ordinal)))
                    yield return file;
            }
        }
    }

    // Patterns built from the fixture's own groups and hosts: a group, subscripts, exclusion, intersection, wildcards, a regex.
    static List<string> PatternsFor(string path)
    {
        Inventory inventory;
        try
        {
            inventory = InventoryLoader.Load(path);
        }
        catch (InventoryException)
        {
            return [];
        }
        var groups = inventory.Groups.Select(g => g.Name).Where(n => n is not ("all" or "ungrouped")).ToList();
        var hosts = inventory.Hosts.Select(h => h.Name).ToList();
        if (hosts.Count == 0)
            return [];
        var patterns = new List<string> { hosts[0], $"{hosts[0][..Math.Min(2, hosts[0].Length)]}*", $"~{System.Text.RegularExpressions.Regex.Escape(hosts[^1])}", $"ungrouped,{hosts[^1]}" };
        foreach (var group in groups.Take(2))
            patterns.AddRange([group, $"{group}[0]", $"{group}[-1]", $"{group}[1:]", $"all:!{group}", $"{group}:!{hosts[0]}"]);
        if (groups.Count >= 2)
            patterns.AddRange([$"{groups[0]}:&{groups[1]}", $"{groups[0]}:{groups[1]}", $"{groups[^1]},{groups[0]}[0]"]);
        return patterns;
    }
}
