using System.Text.RegularExpressions;
using PiCluster.Steps;

namespace PiCluster.Tests.Architecture;

/// <summary>A step's kind is part of the JSON contract: docs/json.md lists every kind there is.</summary>
public sealed partial class StepKindsTests
{
    [Fact]
    public void Docs_json_md_lists_the_kind_of_every_step()
    {
        var kinds = typeof(HostStep).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(HostStep)) && !t.IsAbstract)
            .Select(HostStep.KindOf)
            .Order(StringComparer.Ordinal);
        var row = File.ReadAllLines(SourceTree.Path("docs", "json.md")).Single(line => line.StartsWith("| `kind` |", StringComparison.Ordinal));

        var documented = Word().Matches(row[row.IndexOf("one of", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(kinds, documented);
    }

    [GeneratedRegex("`([a-z0-9_]+)`")]
    private static partial Regex Word();
}
