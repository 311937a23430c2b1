using System.CommandLine;
using System.Text.RegularExpressions;
using PiCluster.Cli;

namespace PiCluster.Tests.Cli;

/// <summary>`picluster --version` names the version and the commit it was built from.</summary>
public sealed partial class VersionTextTests
{
    [Fact]
    public void Version_prints_a_semantic_version_and_the_commit()
    {
        using var output = new StringWriter();
        var exit = CommandTree.Create().Parse(["--version"]).Invoke(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exit);
        Assert.Matches(Shape(), output.ToString().TrimEnd());
    }

    [Theory]
    [InlineData("0.3.0+69adfeed72dbdfe1f715492f95d7fa3bd7b0e0c3", "picluster 0.3.0 (commit 69adfeed72db)")]
    [InlineData("0.3.1-dev.4+69adfee", "picluster 0.3.1-dev.4 (commit 69adfee)")]
    [InlineData("0.3.0", "picluster 0.3.0 (commit unknown)")]
    [InlineData("", "picluster 0.0.0-dev (commit unknown)")]
    public void The_line_reads_version_then_commit(string informational, string line)
    {
        Assert.Equal(line, VersionText.Of(informational));
    }

    // MAJOR.MINOR.PATCH, an optional pre-release, then the commit (12 hex digits where the build had git).
    [GeneratedRegex(@"^picluster \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(commit ([0-9a-f]{7,12}|unknown)\)$")]
    private static partial Regex Shape();
}
