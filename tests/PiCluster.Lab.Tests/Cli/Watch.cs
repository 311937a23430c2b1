namespace PiCluster.Lab.Tests.Cli;

/// <summary>Takes samples over and over in the background until disposed: what the cluster looked like while a command ran.
/// A sample is null when nothing answered.</summary>
public sealed class Watch<T>(Func<Task<T?>> sample) : IAsyncDisposable where T : struct
{
    readonly CancellationTokenSource stop = new();
    readonly List<T> seen = [];
    Task? loop;

    public IReadOnlyList<T> Seen => seen;

    public Watch<T> Start()
    {
        loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                if (await sample() is { } value) seen.Add(value);
        });
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (loop is not null) await loop;
        stop.Dispose();
    }
}
