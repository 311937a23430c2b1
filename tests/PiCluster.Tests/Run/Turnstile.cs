using System.Threading.Channels;

namespace PiCluster.Tests.Run;

/// <summary>Holds each host's step inside until the test lets that host out, and counts how many hosts were inside at once.</summary>
sealed class Turnstile
{
    readonly Channel<string> entered = Channel.CreateUnbounded<string>();
    readonly Dictionary<string, TaskCompletionSource> exits = [];
    readonly Lock gate = new();
    int inside;

    public int Most { get; private set; }

    public async Task PassAsync(string host, CancellationToken ct)
    {
        lock (gate)
        {
            inside++;
            Most = Math.Max(Most, inside);
        }
        entered.Writer.TryWrite(host);
        await Exit(host).Task.WaitAsync(ct);
        lock (gate) inside--;
    }

    public async Task<string> NextInAsync(CancellationToken ct) => await entered.Reader.ReadAsync(ct);

    public void LetOut(string host) => Exit(host).TrySetResult();

    TaskCompletionSource Exit(string host)
    {
        lock (gate)
        {
            if (!exits.TryGetValue(host, out var exit)) exits[host] = exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return exit;
        }
    }
}
