using System.Collections.Concurrent;
using System.Diagnostics;
using PiCluster.Planning;
using PiCluster.Remote;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>Runs a plan: every host's preparation in parallel, then the cluster steps one at a time.
/// A failure stops that host's remaining steps (and steps that need it) and nothing else.</summary>
public sealed class PlanRunner(StepContext context, int forks, Action<StepEvent> report)
{
    readonly ConcurrentDictionary<string, byte> failed = new();
    readonly ConcurrentQueue<StepEvent> events = new();

    public async Task<IReadOnlyList<StepEvent>> RunAsync(Plan plan, CancellationToken ct)
    {
        if (plan.Refused) return [];
        var options = new ParallelOptions { MaxDegreeOfParallelism = forks, CancellationToken = ct };
        await Parallel.ForEachAsync(plan.Hosts.Where(h => h.Steps.Count > 0), options, async (host, token) =>
        {
            foreach (var step in host.Steps) await RunAsync(step, token);
        });
        // MicroK8s takes one join at a time, so cluster steps walk the list in order.
        foreach (var step in plan.ClusterSteps) await RunAsync(step, ct);
        return [.. events];
    }

    async Task RunAsync(HostStep step, CancellationToken ct)
    {
        if (step.Involves.FirstOrDefault(failed.ContainsKey) is { } blocker)
        {
            Report(new(step, StepStatus.Skipped, blocker == step.Host ? null : $"{blocker} failed earlier", TimeSpan.Zero));
            return;
        }
        report(new(step, StepStatus.Started, null, TimeSpan.Zero));
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await step.ApplyAsync(context, ct);
            Report(new(step, result.Changed ? StepStatus.Changed : StepStatus.Ok, result.Note, clock.Elapsed));
        }
        catch (Exception e) when (e is StepException or RemoteException)
        {
            failed.TryAdd(step.Host, 0);
            Report(new(step, StepStatus.Failed, e.Message, clock.Elapsed));
        }
    }

    void Report(StepEvent done)
    {
        events.Enqueue(done);
        report(done);
    }
}
