using System.Collections.Concurrent;
using System.Diagnostics;
using PiCluster.Planning;
using PiCluster.Remote;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>Runs a plan: every host's preparation in parallel, then the cluster steps one at a time.
/// A failure stops that host's remaining steps (and steps that need it) and nothing else; a step skipped for another
/// host's failure stops its own host's later steps too, since they build on it.</summary>
public sealed class PlanRunner(StepContext context, int forks, Action<StepEvent> report)
{
    /// <summary>Hosts whose remaining steps must not run, and the host whose failure stopped them.</summary>
    readonly ConcurrentDictionary<string, string> stopped = new();
    readonly ConcurrentQueue<StepEvent> events = new();

    public const string Interrupted = "interrupted (Ctrl-C)";

    /// <summary>Every step ends as an event. After <paramref name="ct"/> is cancelled (Ctrl-C), the running steps end as failed
    /// ("interrupted") and the others as skipped, so the recap still says what was done.</summary>
    public async Task<IReadOnlyList<StepEvent>> RunAsync(Plan plan, CancellationToken ct)
    {
        if (plan.Refused) return [];
        var options = new ParallelOptions { MaxDegreeOfParallelism = forks };
        await Parallel.ForEachAsync(plan.Hosts.Where(h => h.Steps.Count > 0), options, async (host, _) =>
        {
            foreach (var step in host.Steps) await RunAsync(step, ct);
        });
        // MicroK8s takes one join at a time, so cluster steps walk the list in order.
        foreach (var step in plan.ClusterSteps) await RunAsync(step, ct);
        return [.. events];
    }

    async Task RunAsync(HostStep step, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            Report(new(step, StepStatus.Skipped, Interrupted, TimeSpan.Zero));
            return;
        }
        if (step.Involves.FirstOrDefault(stopped.ContainsKey) is { } involved)
        {
            var blocker = stopped[involved];
            stopped.TryAdd(step.Host, blocker);
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
            stopped.TryAdd(step.Host, step.Host);
            Report(new(step, StepStatus.Failed, e.Message, clock.Elapsed));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            stopped.TryAdd(step.Host, step.Host);
            Report(new(step, StepStatus.Failed, Interrupted, clock.Elapsed));
        }
    }

    void Report(StepEvent done)
    {
        events.Enqueue(done);
        report(done);
    }
}
