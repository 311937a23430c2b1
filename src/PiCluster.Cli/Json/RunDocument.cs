using PiCluster.Recap;
using PiCluster.Run;
using PiCluster.Steps;

namespace PiCluster.Cli.Json;

/// <summary>`plan`, `up` and `upgrade`: why nothing may change (<see cref="Problems"/>), warnings, per host its steps and passed checks (and
/// after `up` its recap), the cluster steps, the cluster (after `up`, as read after its changes) and, after `up`, how it
/// falls short of the inventory.</summary>
public sealed record RunDocument(
    int SchemaVersion, string Command, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings, IReadOnlyList<HostPlanJson> Hosts,
    IReadOnlyList<StepJson> ClusterSteps, ClusterJson Cluster, IReadOnlyList<string> Shortfalls, bool Interrupted)
{
    /// <summary>After `up` and `upgrade`: each selected host's MicroK8s and MicroCeph before and after (`1.33/stable v1.33.5`, null where none).</summary>
    public IReadOnlyList<VersionsJson> Versions { get; init; } = [];

    /// <summary>Hosts outside --limit the run reached: the cluster's control planes, read (and asked for join tokens).</summary>
    public IReadOnlyList<string> OutsideLimit { get; init; } = [];

    public static RunDocument From(string command, RunResult result)
    {
        var plan = result.Plan;
        StepJson Step(HostStep step) => StepJson.From(step, result.Done.LastOrDefault(e => ReferenceEquals(e.Step, step)));
        return new(
            OutputJson.SchemaVersion,
            command,
            plan.Problems,
            plan.Warnings,
            [.. plan.Hosts.Select(host => new HostPlanJson(host.Name, host.Host.Address, host.Reachable, host.Passed, [.. host.Steps.Select(Step)])
            {
                Error = host.Host.Unreachable,
                Recap = result.Recap?.FirstOrDefault(r => r.Host == host.Name) is { } recap ? RecapJson.From(recap) : null,
            })],
            [.. plan.ClusterSteps.Select(Step)],
            ClusterJson.From(result.Cluster),
            result.Shortfalls,
            result.Interrupted)
        {
            Versions = [.. result.Versions.Select(v => new VersionsJson(v.Host, v.MicroK8sBefore, v.MicroK8sAfter, v.MicroCephBefore, v.MicroCephAfter))],
            OutsideLimit = plan.ReadOnly,
        };
    }
}

/// <summary>One selected host: <see cref="Error"/> says why it did not answer when <see cref="Reachable"/> is false.</summary>
public sealed record HostPlanJson(string Host, string Address, bool Reachable, IReadOnlyList<string> Passed, IReadOnlyList<StepJson> Steps)
{
    public string? Error { get; init; }
    public RecapJson? Recap { get; init; }
}

/// <summary>One host's line of the recap, counted as Ansible's PLAY RECAP counts (ok includes changed).</summary>
public sealed record RecapJson(int Ok, int Changed, bool Unreachable, int Failed, int Skipped, double Seconds, IReadOnlyList<string> Messages)
{
    public static RecapJson From(HostRecap recap) =>
        new(recap.Ok, recap.Changed, recap.Unreachable, recap.Failed, recap.Skipped, Math.Round(recap.Elapsed.TotalSeconds, 2), recap.Messages);
}

/// <summary>One selected host's MicroK8s and MicroCeph before the run and after it: `1.33/stable v1.33.5`, null where it has none.</summary>
public sealed record VersionsJson(string Host, string? Microk8sBefore, string? Microk8sAfter, string? MicrocephBefore, string? MicrocephAfter);
