using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>What `plan` and `up` print, read the way a user reads it: the plan's steps, the applied-step lines, the recap table.</summary>
public sealed partial class UpOutput(ProcessResult result)
{
    readonly string[] lines = result.StdOut.Split('\n');

    public ProcessResult Result => result;

    public int ExitCode => result.ExitCode;

    /// <summary>Every `  - STEP` line of the plan as (host, step), host steps first, then the cluster steps (`  - HOST: STEP`).</summary>
    public IReadOnlyList<(string Host, string Step)> Planned
    {
        get
        {
            var planned = new List<(string, string)>();
            string? host = null;
            var cluster = false;
            foreach (var line in lines)
            {
                if (PlanHostTitle().Match(line) is { Success: true } title) (host, cluster) = (title.Groups["host"].Value, false);
                else if (line == "then, one at a time:") cluster = true;
                else if (line.StartsWith("  - ", StringComparison.Ordinal) && cluster)
                    planned.Add((line[4..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 2)..]));
                else if (line.StartsWith("  - ", StringComparison.Ordinal) && host is not null) planned.Add((host, line[4..]));
                else (host, cluster) = (null, false);
            }
            return planned;
        }
    }

    /// <summary>Every `HOST  STATUS  STEP (N.N s)` line `up` prints as a step finishes.</summary>
    public IReadOnlyList<(string Host, string Status, string Step)> Applied =>
        [.. lines.Select(l => AppliedLine().Match(l)).Where(m => m.Success).Select(m => (m.Groups["host"].Value, m.Groups["status"].Value, m.Groups["step"].Value))];

    public IReadOnlyList<string> AppliedSteps(string host) => [.. Applied.Where(a => a.Host == host).Select(a => $"{a.Status} {a.Step}")];

    /// <summary>The recap table, by host.</summary>
    public IReadOnlyDictionary<string, RecapRow> Recap =>
        lines.Select(l => RecapLine().Match(l)).Where(m => m.Success).ToDictionary(
            m => m.Groups["host"].Value,
            m => new RecapRow(Number(m, "ok"), Number(m, "changed"), Number(m, "unreachable"), Number(m, "failed"), Number(m, "skipped")));

    /// <summary>The lines after the recap that start with `HOST: `: one per failure.</summary>
    public IReadOnlyList<string> Messages(string host) =>
        [.. lines.SkipWhile(l => !RecapLine().IsMatch(l)).Where(l => l.StartsWith(host + ": ", StringComparison.Ordinal))];

    public string ClusterLine => lines.Single(l => l.StartsWith("Cluster: ", StringComparison.Ordinal));

    public override string ToString() => result.ToString();

    static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<host>\S+) \([^)]*\):")]
    private static partial Regex PlanHostTitle();

    [GeneratedRegex(@"^(?<host>\S+)  (?<status>changed|ok|FAILED|skipped) +(?<step>.*?)(?: \(\d+\.\d s\))?$")]
    private static partial Regex AppliedLine();

    [GeneratedRegex(@"^\s+(?<host>\S+)\s+(?<ok>\d+)\s+(?<changed>\d+)\s+(?<unreachable>\d+)\s+(?<failed>\d+)\s+(?<skipped>\d+)\s+\d+\.\d s\s*$")]
    private static partial Regex RecapLine();
}
