using System.Diagnostics;

namespace PiCluster.Remote;

/// <summary>Runs the same work on many hosts, at most <c>forks</c> at a time; one host failing never stops the others.</summary>
public static class EachHost
{
    public static async Task<IReadOnlyList<HostOutcome<T>>> RunAsync<T>(
        IReadOnlyList<HostTarget> targets, int forks, Func<HostTarget, CancellationToken, Task<T>> work,
        Action<HostOutcome<T>> finished, CancellationToken ct)
    {
        var outcomes = new HostOutcome<T>[targets.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = forks, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), options, async (index, token) =>
        {
            var target = targets[index];
            var clock = Stopwatch.StartNew();
            HostOutcome<T> outcome;
            try
            {
                outcome = new(target, await work(target, token), null, null, clock.Elapsed);
            }
            catch (RemoteException e)
            {
                outcome = new(target, default, e.Reason, e.Message, clock.Elapsed);
            }
            outcomes[index] = outcome;
            finished(outcome);
        });
        return outcomes;
    }
}
