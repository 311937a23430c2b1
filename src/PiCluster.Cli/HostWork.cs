using PiCluster.Remote;

namespace PiCluster.Cli;

/// <summary>Runs one piece of work on every selected host, with live progress; outcomes come back in inventory order.</summary>
public static class HostWork
{
    public static async Task<IReadOnlyList<HostOutcome<T>>> RunAsync<T>(
        HostRun run, string verb, Func<HostTarget, CancellationToken, Task<T>> work, Func<T, string> describe, CancellationToken ct)
    {
        using var progress = new HostProgress(verb, [.. run.Targets.Select(t => t.Name)]);
        return await EachHost.RunAsync(run.Targets, run.Forks, work,
            outcome => progress.Finished(outcome.Target.Name, outcome.Succeeded ? describe(outcome.Value!) : HostResultTable.Label(outcome.Failure!.Value)),
            ct);
    }
}
