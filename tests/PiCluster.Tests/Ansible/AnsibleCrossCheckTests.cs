using PiCluster.Ansible;
using PiCluster.Ansible.Output;

namespace PiCluster.Tests.Ansible;

/// <summary>Every fixture in Data/inventories reads exactly as the installed Ansible reads it.</summary>
public sealed class AnsibleCrossCheckTests(AnsibleAnswers ansible) : IClassFixture<AnsibleAnswers>
{
    static readonly HashSet<string> NothingRedacted = [];

    [Fact]
    public async Task Every_fixture_lists_as_ansible_inventory_does()
    {
        var failures = new List<string>();
        foreach (var source in ansible.Sources)
            failures.AddRange(Compare(source, await source.List, inventory => AnsibleInventoryJson.List(inventory, inventory.Hosts, NothingRedacted)));

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Every_fixture_graphs_as_ansible_inventory_does()
    {
        var failures = new List<string>();
        foreach (var source in ansible.Sources)
            failures.AddRange(Compare(source, await source.Graph, inventory => AnsibleInventoryGraph.Render(inventory, inventory.Hosts)));

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_limit_selects_the_hosts_ansible_selects()
    {
        var failures = new List<string>();
        foreach (var source in ansible.Sources)
        {
            var inventory = InventoryLoader.Load(source.Path);
            foreach (var limit in source.Limits)
            {
                var ours = Select(inventory, limit.Pattern);
                var theirs = limit.Hosts is { Count: > 0 } hosts ? string.Join(" ", hosts.Order(StringComparer.Ordinal)) : "(no host)";
                if (ours != theirs)
                    failures.Add($"{source.Name} --limit '{limit.Pattern}': Ansible selects {theirs}, PiCluster {ours}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_limited_list_matches_ansible()
    {
        var failures = new List<string>();
        foreach (var source in ansible.Sources)
        {
            var inventory = InventoryLoader.Load(source.Path);
            foreach (var limit in source.Limits.Where(l => l.List is not null))
            {
                var ours = AnsibleInventoryJson.List(inventory, HostPattern.Select(inventory, limit.Pattern), NothingRedacted);
                if (FirstDifference(limit.List!.TrimEnd('\n'), ours) is { } difference)
                    failures.Add($"{source.Name} --list --limit '{limit.Pattern}': {difference}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void There_are_fixtures_and_limits_to_compare()
    {
        Assert.True(ansible.Sources.Count >= 20, $"only {ansible.Sources.Count} fixtures");
        Assert.True(ansible.Sources.Sum(s => s.Limits.Count) >= 100, "too few limits were checked");
    }

    static string Select(Inventory inventory, string pattern)
    {
        try
        {
            return string.Join(" ", HostPattern.Select(inventory, pattern).Select(h => h.Name).Order(StringComparer.Ordinal));
        }
        catch (InventoryException)
        {
            return "(no host)";
        }
    }

    static IEnumerable<string> Compare(AnsibleAnswers.Source source, (int ExitCode, string StdOut, string StdErr) ansible, Func<Inventory, string> ours)
    {
        if (ansible.ExitCode != 0 || ansible.StdErr.Contains("Failed to parse", StringComparison.Ordinal) || ansible.StdErr.Contains("Unable to parse", StringComparison.Ordinal))
            return [$"{source.Name}: Ansible could not read it (exit {ansible.ExitCode}): {ansible.StdErr}"];
        string actual;
        try
        {
            actual = ours(InventoryLoader.Load(source.Path));
        }
        catch (InventoryException e)
        {
            return [$"{source.Name}: PiCluster refused it: {e.Message}"];
        }
        return FirstDifference(ansible.StdOut.TrimEnd('\n'), actual) is { } difference ? [$"{source.Name}: {difference}"] : [];
    }

    static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual)
            return null;
        var (e, a) = (expected.Split('\n'), actual.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        return $"line {line + 1} differs\n  Ansible:   {(line < e.Length ? e[line] : "(end)")}\n  PiCluster: {(line < a.Length ? a[line] : "(end)")}";
    }
}
