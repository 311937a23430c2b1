using System.Text.RegularExpressions;

namespace PiCluster.Steps;

/// <summary>Why `kubectl drain` gave up, from what it printed: the pods it could not evict (`error when evicting pods/"web-0" -n
/// "default" …`), and whether a PodDisruptionBudget is what held them.</summary>
public static partial class DrainFailure
{
    /// <summary>`default/web-0`, once each, in the order kubectl named them.</summary>
    public static IReadOnlyList<string> BlockedPods(string output) =>
        [.. Evicting().Matches(output).Select(m => $"{m.Groups["ns"].Value}/{m.Groups["pod"].Value}").Distinct()];

    public static bool BudgetBlocked(string output) => output.Contains("disruption budget", StringComparison.Ordinal);

    /// <summary>What the user reads when the drain of <paramref name="node"/> ended without emptying it.</summary>
    public static string Explain(string node, string output, TimeSpan timeout, string state)
    {
        var pods = BlockedPods(output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var said = lines.FirstOrDefault(l => l.StartsWith("error:", StringComparison.Ordinal)) ?? lines.LastOrDefault() ?? "no output";
        if (pods.Count == 0) return $"drain of {node} failed: {said}; {state}";
        var (why, fix) = BudgetBlocked(output)
            ? ($"evicting {string.Join(", ", pods)} would break {(pods.Count == 1 ? "its" : "their")} PodDisruptionBudget (`microk8s kubectl get pdb -A`)",
                "let the budget allow it (another replica, or a looser budget)")
            : ($"{string.Join(", ", pods)} could not be evicted", "see why with `microk8s kubectl describe pod`");
        return $"drain of {node} did not finish within {timeout.TotalSeconds:0} s: {why}; {state}: {fix} and re-run `picluster upgrade`, "
            + $"or give up on {node} with `microk8s kubectl uncordon {node}`";
    }

    [GeneratedRegex(@"error when evicting pods/""(?<pod>[^""]+)"" -n ""(?<ns>[^""]+)""")]
    private static partial Regex Evicting();
}
