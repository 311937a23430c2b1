using PiCluster.Ansible;
using PiCluster.Remote;
using PiCluster.Spec;

namespace PiCluster.Run;

/// <summary>What a command works on, resolved from the inventory before anything connects: the selected hosts
/// (<see cref="Targets"/>, in inventory order), every inventory host, how to reach each, and how many at once.</summary>
public sealed record RunScope(Inventory Inventory, IReadOnlyList<HostTarget> Targets, IReadOnlyList<HostTarget> Everyone, int Forks)
{
    /// <summary>Reads and checks the inventory (several sources read as one, as Ansible reads them) and selects the hosts, each
    /// reached as its variables say, else as <paramref name="defaults"/>; an <see cref="InventoryException"/> names the file, line and fix.</summary>
    public static RunScope Resolve(IReadOnlyList<string> inventorySources, string? limit, int forks, ConnectionDefaults defaults, string? askedBecomePassword)
    {
        var inventory = InventoryLoader.Load(inventorySources);
        var chosen = HostPattern.Select(inventory, limit);
        CheckSelected(inventory, chosen, limit);
        var selected = chosen.Select(h => h.Name).ToHashSet();
        // A host outside the selection that PiCluster could not reach (a laptop, a NAS) is never a peer of the run either.
        var everyone = inventory.Hosts.Where(h => selected.Contains(h.Name) || InventoryValidator.FirstProblem([h]) is null)
            .Select(host => HostTargets.From(host, defaults, askedBecomePassword)).ToList();
        return new(inventory, [.. everyone.Where(t => selected.Contains(t.Name))], everyone, forks);
    }

    /// <summary>The selected hosts' variables must be ones PiCluster can act on. When a run without --limit meets hosts it cannot
    /// reach (the inventory's `localhost`, a NAS over another connection), the refusal says the --limit that leaves them out.</summary>
    static void CheckSelected(Inventory inventory, IReadOnlyList<InventoryHost> chosen, string? limit)
    {
        if (InventoryValidator.FirstProblem(chosen) is not { } problem) return;
        var unusable = chosen.Where(h => InventoryValidator.FirstProblem([h]) is not null).Select(h => h.Name).ToList();
        if (limit is not null || unusable.Count == chosen.Count) throw problem;
        throw new InventoryException(problem.Where, problem.Problem,
            $"{problem.Fix}; or leave {string.Join(", ", unusable)} out of the run: --limit '{LimitWithout(inventory, unusable)}'");
    }

    /// <summary>A group that holds every host but the unusable ones, else `all` without them.</summary>
    static string LimitWithout(Inventory inventory, IReadOnlyList<string> unusable)
    {
        var usable = inventory.Hosts.Select(h => h.Name).Except(unusable).ToHashSet();
        var group = inventory.Groups.Select(g => g.Name).Where(g => g is not ("all" or "ungrouped"))
            .FirstOrDefault(g => usable.SetEquals(HostPattern.Select(inventory, g).Select(h => h.Name)));
        return group ?? "all" + string.Concat(unusable.Select(name => $":!{name}"));
    }

    /// <summary>Inventory settings of the selected hosts that have no effect, each saying why.</summary>
    public IReadOnlyList<string> Warnings => [.. Targets.SelectMany(t => t.Warnings).Distinct()];
}
