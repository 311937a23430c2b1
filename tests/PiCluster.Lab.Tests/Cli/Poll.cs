namespace PiCluster.Lab.Tests.Cli;

public static class Poll
{
    /// <summary>Returns once <paramref name="condition"/> holds, checked every 100 ms; fails the test after a minute.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition()) await Task.Delay(100, patience.Token);
    }
}
