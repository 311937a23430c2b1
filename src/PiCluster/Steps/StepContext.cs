using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>The hosts a step may reach, by inventory name, the clock it waits by, and where secrets are declared.</summary>
public sealed class StepContext(IReadOnlyDictionary<string, RemoteHost> hosts, TimeProvider clock, Action<string> secret)
{
    /// <summary>Marks a value (a join token) that no output or log may show; returns it.</summary>
    public string Secret(string value)
    {
        secret(value);
        return value;
    }

    public RemoteHost this[string host] => hosts[host];

    public TimeProvider Clock => clock;

    /// <summary>Why the cluster's datastore may be in the middle of a membership change nobody finished (a join cut off
    /// halfway); null when none is. dqlite applies one change at a time, so no control plane joins after that in this run.</summary>
    public string? UnfinishedMembershipChange { get; set; }

    /// <summary>Polls <paramref name="check"/> every half second until it is true or <paramref name="limit"/> has passed;
    /// often enough that a wait ends within a second of what it waits for.</summary>
    public async Task<bool> WaitUntilAsync(Func<CancellationToken, Task<bool>> check, TimeSpan limit, CancellationToken ct)
    {
        var start = clock.GetTimestamp();
        while (true)
        {
            if (await check(ct)) return true;
            if (clock.GetElapsedTime(start) >= limit) return false;
            await Task.Delay(TimeSpan.FromSeconds(0.5), clock, ct);
        }
    }
}
