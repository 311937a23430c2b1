using System.Collections.Concurrent;
using System.Diagnostics;
using PiCluster.Planning;
using PiCluster.Remote;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>Runs a plan: every host's preparation in parallel, then the cluster steps one at a time.
/// A failure stops that host's remaining steps (and steps that need it) and nothing else; a step skipped for another
/// host's failure stops its own host's later steps too, since they build on it. A plan that <see cref="Plan.StopsAtFirstFailure"/>
/// (a rolling upgrade) runs no cluster step after a failed one, but those that undo a temporary setting.</summary>
public sealed class PlanRunner(StepContext context, int forks, Action<StepEvent> report)
{
    /// <summary>Hosts whose remaining steps must not run, and the host whose failure stopped them.</summary>
    readonly ConcurrentDictionary<string, string> stopped = new();
    readonly ConcurrentQueue<StepEvent> events = new();

    public const string Interrupted = "interrupted (Ctrl-C)";

    static readonly TimeSpan CleanupGrace = TimeSpan.FromMinutes(2);

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
        // MicroK8s takes one join at a time, so cluster steps walk the list in order; a wave of them runs at once.
        string? halted = null;
        foreach (var wave in Waves(plan.ClusterSteps))
        {
            var running = wave.Select(step => halted is not null && !step.RunsAfterFailure ? Skip(step, $"the {plan.Command} stopped at {halted}") : RunAsync(step, ct));
            var failed = (await Task.WhenAll(running)).Zip(wave).FirstOrDefault(x => x.First == StepStatus.Failed).Second;
            if (plan.StopsAtFirstFailure && failed is not null) halted ??= failed.Host;
        }
        return [.. events];
    }

    /// <summary>Consecutive steps of one wave together; every other step alone.</summary>
    static IEnumerable<IReadOnlyList<HostStep>> Waves(IReadOnlyList<HostStep> steps)
    {
        for (var i = 0; i < steps.Count;)
        {
            var wave = steps[i].Wave is { } id ? [.. steps.Skip(i).TakeWhile(s => s.Wave == id)] : new List<HostStep> { steps[i] };
            yield return wave;
            i += wave.Count;
        }
    }

    Task<StepStatus> Skip(HostStep step, string? why)
    {
        Report(new(step, StepStatus.Skipped, why, TimeSpan.Zero));
        return Task.FromResult(StepStatus.Skipped);
    }

    async Task<StepStatus> RunAsync(HostStep step, CancellationToken ct)
    {
        if (ct.IsCancellationRequested && !step.RunsAfterFailure) return await Skip(step, Interrupted);
        if (step.Involves.FirstOrDefault(stopped.ContainsKey) is { } involved)
        {
            var blocker = stopped[involved];
            stopped.TryAdd(step.Host, blocker);
            return await Skip(step, blocker == step.Host ? null : $"{blocker} failed earlier");
        }
        report(new(step, StepStatus.Started, null, TimeSpan.Zero));
        var clock = Stopwatch.StartNew();
        // A step that undoes a temporary setting still runs after Ctrl-C, within a grace period of its own.
        using var grace = new CancellationTokenSource(CleanupGrace);
        var token = step.RunsAfterFailure && ct.IsCancellationRequested ? grace.Token : ct;
        try
        {
            var result = await step.ApplyAsync(context, token);
            return Report(new(step, result.Changed ? StepStatus.Changed : StepStatus.Ok, result.Note, clock.Elapsed));
        }
        catch (Exception e) when (e is StepException or RemoteException)
        {
            stopped.TryAdd(step.Host, step.Host);
            return Report(new(step, StepStatus.Failed, e.Message, clock.Elapsed));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            stopped.TryAdd(step.Host, step.Host);
            return Report(new(step, StepStatus.Failed, Interrupted, clock.Elapsed));
        }
    }

    StepStatus Report(StepEvent done)
    {
        events.Enqueue(done);
        report(done);
        return done.Status;
    }
}
