using PiCluster.Plans;
using PiCluster.Steps;

namespace PiCluster.Cli;

/// <summary>One connection per inventory host, kept for the whole command, and the plan made from their facts.</summary>
public sealed class ClusterFacts : IAsyncDisposable
{
    readonly HostRun run;

    public ClusterFacts(HostRun run)
    {
        this.run = run;
        var connector = run.Connector();
        Remotes = run.Everyone.ToDictionary(t => t.Name, t => new RemoteHost(t, connector, RunLog.Write));
    }

    public Dictionary<string, RemoteHost> Remotes { get; }

    /// <summary>Gathers every host's facts (progress on stderr) and plans from them.</summary>
    public async Task<Plan> PlanAsync(bool repairStale, CancellationToken ct)
    {
        using var progress = new HostProgress("facts", [.. run.Everyone.Select(t => t.Name)]);
        var hosts = await ClusterHosts.GatherAsync(run.Everyone, run.Targets.Select(t => t.Name).ToHashSet(), Remotes, run.Forks,
            outcome => progress.Finished(outcome.Target.Name, outcome.Succeeded ? "facts gathered" : HostResultTable.Label(outcome.Failure!.Value)), ct);
        return Planner.Plan(hosts, repairStale);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var remote in Remotes.Values) await remote.DisposeAsync();
    }
}
