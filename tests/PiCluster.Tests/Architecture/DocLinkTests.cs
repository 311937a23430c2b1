using System.Text.RegularExpressions;

namespace PiCluster.Tests.Architecture;

/// <summary>The README and docs/ link to each other: every relative link names a file that exists, and every #anchor a
/// heading of that page (as GitHub makes anchors). The README stays short enough to read as a front page.</summary>
public sealed partial class DocLinkTests
{
    public static TheoryData<string> Pages() =>
        [.. Directory.EnumerateFiles(SourceTree.Path("docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).Prepend("README.md")];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_resolves(string page)
    {
        var path = SourceTree.Path(page.Split('/'));
        var broken = new List<string>();
        foreach (var target in Links(File.ReadAllText(path)).Where(t => !Scheme().IsMatch(t)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved)) broken.Add($"{target}: no {file}");
            else if (hash >= 0 && !Anchors(File.ReadAllText(resolved)).Contains(target[(hash + 1)..])) broken.Add($"{target}: no heading #{target[(hash + 1)..]}");
        }

        Assert.True(broken.Count == 0, $"{page}: {string.Join("; ", broken)}");
    }

    [Fact]
    public void The_readme_stays_under_15_kilobytes()
    {
        Assert.InRange(new FileInfo(SourceTree.Path("README.md")).Length, 1, 15 * 1024);
    }

    [Fact]
    public void Anchors_are_made_as_github_makes_them()
    {
        Assert.Equal(["status-the-cluster-as-it-is", "ansiblecfg", "install-in-detail", "the-net-tool"],
            Anchors("## `status`: the cluster as it is\n### ansible.cfg\n## Install in detail\n### The .NET tool\n"));
    }

    // Links outside code blocks and `code`.
    static IEnumerable<string> Links(string markdown) =>
        Link().Matches(InlineCode().Replace(Fence().Replace(markdown, ""), "")).Select(m => m.Groups[1].Value);

    static List<string> Anchors(string markdown)
    {
        var seen = new Dictionary<string, int>();
        var anchors = new List<string>();
        foreach (Match heading in Heading().Matches(Fence().Replace(markdown, "")))
        {
            var slug = NotInSlug().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            anchors.Add(seen.TryGetValue(slug, out var n) ? $"{slug}-{n}" : slug);
            seen[slug] = n + 1;
        }
        return anchors;
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\p{Mn}\p{Pc} -]")]
    private static partial Regex NotInSlug();
}
