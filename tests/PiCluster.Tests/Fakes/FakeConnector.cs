using System.Collections.Concurrent;
using PiCluster.Remote;

namespace PiCluster.Tests.Fakes;

/// <summary>Hands out one <see cref="FakeShell"/> per inventory host, the same one on every connect, and counts the connects;
/// a host told to refuse fails its next connects as a Pi that is down or rebooting does.</summary>
public sealed class FakeConnector : IRemoteConnector
{
    readonly ConcurrentDictionary<string, FakeShell> shells = new();
    readonly ConcurrentDictionary<string, int> connections = new();
    readonly ConcurrentDictionary<string, int> attempts = new();
    readonly ConcurrentDictionary<string, (int Left, RemoteFailure Reason)> refusing = new();

    public FakeShell this[string host] => shells.GetOrAdd(host, _ => new FakeShell());

    /// <summary>Connects that gave a shell.</summary>
    public int Connections(string host) => connections.GetValueOrDefault(host);

    /// <summary>Connects tried, refused ones included.</summary>
    public int Attempts(string host) => attempts.GetValueOrDefault(host);

    /// <summary>The next <paramref name="times"/> connects to <paramref name="host"/> fail; by default until <see cref="Answer"/>.</summary>
    public void Refuse(string host, int times = int.MaxValue, RemoteFailure reason = RemoteFailure.Refused) =>
        refusing[host] = (times, reason);

    public void Answer(string host) => refusing.TryRemove(host, out _);

    public Task<IRemoteShell> ConnectAsync(HostConnection host, CancellationToken ct)
    {
        attempts.AddOrUpdate(host.Host, 1, (_, n) => n + 1);
        if (refusing.TryGetValue(host.Host, out var refusal) && refusal.Left > 0)
        {
            refusing[host.Host] = refusal with { Left = refusal.Left - 1 };
            return Task.FromException<IRemoteShell>(new RemoteException(refusal.Reason, Refusal(host, refusal.Reason)));
        }
        connections.AddOrUpdate(host.Host, 1, (_, n) => n + 1);
        return Task.FromResult<IRemoteShell>(this[host.Host]);
    }

    static string Refusal(HostConnection host, RemoteFailure reason) => reason == RemoteFailure.Timeout
        ? $"{host.Host} ({host.Address}:{host.Port}) did not answer within 10 s: check that the Pi is powered on and not hung"
        : $"{host.Host} ({host.Address}:{host.Port}) refused the connection on port {host.Port}: is sshd running?";
}
