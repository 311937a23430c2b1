using System.Collections.Concurrent;
using PiCluster.Steps;

namespace PiCluster.Tests.Run;

/// <summary>A step of the test's own: writes when it starts and ends to <paramref name="Journal"/>, yielding in between so
/// that steps run at the same time interleave, and fails with <paramref name="Fails"/> when that is set. A <paramref name="Cleanup"/>
/// step runs after failures and Ctrl-C.</summary>
sealed record TestStep(string Host, string Name, ConcurrentQueue<string> Journal, string? Fails = null, string? Needs = null, bool Cleanup = false) : HostStep(Host)
{
    public override IEnumerable<string> Involves => Needs is null ? [Host] : [Host, Needs];

    public override bool RunsAfterFailure => Cleanup;

    public override string Describe() => Name;

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        Journal.Enqueue($"start {Name}");
        await Task.Yield();
        Journal.Enqueue($"end {Name}");
        return Fails is null ? StepResult.Done : throw new StepException(Fails);
    }

    public override string ToString() => Name;
}
