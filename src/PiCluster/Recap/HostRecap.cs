using PiCluster.Planning;
using PiCluster.Steps;
namespace PiCluster.Recap;

/// <summary>One host's line in the recap, as Ansible's PLAY RECAP counts: ok includes changed.</summary>
public sealed record HostRecap(string Host, int Ok, int Changed, bool Unreachable, int Failed, int Skipped, TimeSpan Elapsed, IReadOnlyList<string> Messages)
{
    public static IReadOnlyList<HostRecap> From(Plan plan, IReadOnlyList<StepEvent> events) =>
        [.. plan.Hosts.Select(host =>
        {
            var mine = events.Where(e => e.Host == host.Name && e.Status != StepStatus.Started).ToList();
            int Count(StepStatus status) => mine.Count(e => e.Status == status);
            return new HostRecap(
                host.Name,
                host.Passed.Count + Count(StepStatus.Ok) + Count(StepStatus.Changed),
                Count(StepStatus.Changed),
                !host.Reachable,
                Count(StepStatus.Failed),
                Count(StepStatus.Skipped),
                mine.Aggregate(host.Host.FactsElapsed, (sum, e) => sum + e.Elapsed),
                [.. host.Host.Unreachable is { } why ? [why] : Array.Empty<string>(), .. mine.Where(e => e.Message is not null && e.Status != StepStatus.Skipped).Select(e => e.Message!)]);
        })];
}
