using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace PiCluster.Cli;

/// <summary>`picluster --version`: "picluster 0.3.0 (commit 69adfeed72db)", from the version and commit the build stamped in.</summary>
public static class VersionText
{
    public static string Line { get; } = Of(typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");

    /// <summary>"0.3.0+69adfeed72dbdfe1…" → "picluster 0.3.0 (commit 69adfeed72db)".</summary>
    public static string Of(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informationalVersion : informationalVersion[..plus];
        var commit = plus < 0 ? "" : informationalVersion[(plus + 1)..];
        if (version.Length == 0) version = "0.0.0-dev";
        return $"picluster {version} (commit {(commit.Length == 0 ? "unknown" : commit[..Math.Min(12, commit.Length)])})";
    }

    public static void Use(RootCommand root) =>
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();

    sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Line);
            return 0;
        }
    }
}
