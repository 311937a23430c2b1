using System.Text.RegularExpressions;

namespace PiCluster.Tests.Architecture;

/// <summary>The core's folders are the stages of a run, and a stage uses only the stages before it: no cycles, and a reader can
/// follow a host from the inventory to the recap in folder order (docs/architecture.md).</summary>
public sealed partial class LayerTests
{
    /// <summary>In order; each may use the ones before it (and the inventory library, PiCluster.Ansible).</summary>
    static readonly string[] Stages = ["Spec", "Remote", "Tools", "Facts", "Steps", "Planning", "Recap", "Run", "Access"];

    [Fact]
    public void Every_core_folder_is_a_stage_of_the_run()
    {
        var folders = SourceTree.Sources("PiCluster").Select(s => s.Relative.Split('/')[0]).Where(f => !f.EndsWith(".cs", StringComparison.Ordinal)).Distinct();

        Assert.Equal(Stages.Order(), folders.Order());
    }

    [Fact]
    public void A_stage_uses_only_the_stages_before_it()
    {
        var wrong = SourceTree.Sources("PiCluster")
            .SelectMany(source => CoreNamespaces(source.Text).Select(used => (source.Relative, Stage: source.Relative.Split('/')[0], Used: used)))
            .Where(use => Array.IndexOf(Stages, use.Used) >= Array.IndexOf(Stages, use.Stage) && use.Used != use.Stage)
            .Select(use => $"{use.Relative} uses {use.Used}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_inventory_library_knows_nothing_of_the_core()
    {
        var wrong = SourceTree.Sources("PiCluster.Ansible").Where(s => CoreNamespaces(s.Text).Any()).Select(s => s.Relative);

        Assert.Empty(wrong);
    }

    /// <summary>The CLI parses arguments and renders what the core returns: the connections, the planner, the runner and the
    /// steps stay behind one core entry point per command.</summary>
    [Fact]
    public void The_cli_conducts_nothing()
    {
        string[] conductors = ["RemoteHost", "HostSession", "PlanRunner", "EachHost", "HostsWork", "StepContext", "GatherFacts", "ClusterAnalysis", "HostPlanning", "UpPhases"];

        var wrong = SourceTree.Sources("PiCluster.Cli")
            .SelectMany(source => conductors.Where(name => Regex.IsMatch(source.Text, $@"\b{name}\b")).Select(name => $"{source.Relative} uses {name}"));

        Assert.Empty(wrong);
    }

    /// <summary>The stages the file's `using PiCluster.X` lines name (sub-namespaces count as their stage).</summary>
    static IEnumerable<string> CoreNamespaces(string text) =>
        CoreUsing().Matches(text).Select(m => m.Groups[1].Value).Where(Stages.Contains).Distinct();

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?PiCluster\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();
}
