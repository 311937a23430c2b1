using Microsoft.Extensions.Time.Testing;

namespace PiCluster.Tests.Fakes;

/// <summary>Runs a task that waits by a <see cref="FakeTimeProvider"/>, moving the clock on by the steps' poll interval until it ends.</summary>
public static class FakeClock
{
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(0.5);

    // A day of fake time: a wait that outlasts it is waiting on something other than the clock.
    const int MostAdvances = 2 * 24 * 3600;

    /// <summary>Starts <paramref name="work"/> with no synchronisation context, so each timer the clock fires resumes the work
    /// at once, inside <see cref="FakeTimeProvider.Advance"/>: the fake time never runs ahead of the work.</summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider clock, Func<Task<T>> work)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        Task<T> task;
        try
        {
            task = work();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
        for (var advances = 0; !task.IsCompleted; advances++)
        {
            if (advances == MostAdvances) throw new InvalidOperationException("the work is still running after a day of fake time");
            clock.Advance(Poll);
            await Task.Yield();
        }
        return await task;
    }
}
