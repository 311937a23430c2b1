using PiCluster.Remote;

namespace PiCluster.Run;

/// <summary>One piece of work on every target, at most the scope's forks at a time, reported as it goes; outcomes come back in
/// inventory order, and one host failing never stops the others.</summary>
public static class HostsWork
{
    public static async Task<IReadOnlyList<HostOutcome<T>>> RunAsync<T>(
        IReadOnlyList<HostTarget> targets, int forks, IHostProgress progress, string work,
        Func<HostTarget, CancellationToken, Task<T>> run, Func<T, string> describe, CancellationToken ct)
    {
        progress.Started(work, [.. targets.Select(t => t.Name)]);
        try
        {
            return await EachHost.RunAsync(targets, forks, run,
                outcome => progress.Finished(outcome.Target.Name, outcome.Failure, outcome.Succeeded ? describe(outcome.Value!) : outcome.Message ?? ""), ct);
        }
        finally
        {
            progress.Ended();
        }
    }
}
