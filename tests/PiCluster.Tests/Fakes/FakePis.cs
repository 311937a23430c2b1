using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Planning;

namespace PiCluster.Tests.Fakes;

/// <summary>Pis named pi-NN, at 10.0.0.(10+NN), reached through a <see cref="FakeConnector"/>; steps wait by a fake clock
/// and declare their secrets here.</summary>
public sealed class FakePis
{
    public FakeConnector Connector { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<string> Secrets { get; } = new();

    public FakeShell this[string host] => Connector[host];

    public StepContext Context(IEnumerable<string> hosts) => new(
        hosts.Distinct().ToDictionary(name => name, name => new RemoteHost(FactsBuilder.Host(name, null).Target, Connector, _ => { })),
        Clock, Secrets.Enqueue);

    /// <summary>Applies the step with every host it involves, the fake clock moving on while it waits.</summary>
    public Task<StepResult> ApplyAsync(HostStep step, CancellationToken ct) =>
        Clock.DriveAsync(() => step.ApplyAsync(Context([step.Host, .. step.Involves]), ct));
}
