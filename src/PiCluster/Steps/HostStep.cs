using System.Text.Json;

namespace PiCluster.Steps;

/// <summary>One thing `up` does, decided from facts by the planner: the plan prints <see cref="Describe"/>, `up` runs <see cref="ApplyAsync"/>.</summary>
public abstract record HostStep(string Host)
{
    /// <summary>What it does and why, in the words the plan shows.</summary>
    public abstract string Describe();

    /// <summary>The kind of step as scripts see it (`join_cluster`): the type's name in snake_case, the tools' names one word
    /// (`install_microk8s`). docs/json.md lists every kind; a test holds the two together.</summary>
    public string Kind => KindOf(GetType());

    public static string KindOf(Type step) =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(step.Name)
            .Replace("micro_k8s", "microk8s", StringComparison.Ordinal).Replace("micro_ceph", "microceph", StringComparison.Ordinal);

    /// <summary>Every host the step runs commands on: if one of them failed earlier, the step is skipped.</summary>
    public virtual IEnumerable<string> Involves => [Host];

    /// <summary>False for waits and refusals: steps that change nothing on a Pi.</summary>
    public virtual bool Changes => true;

    /// <summary>Cluster steps next to each other with the same wave run at once (workers upgraded N at a time); null runs alone.</summary>
    public int? Wave { get; init; }

    /// <summary>A step that undoes a temporary setting (`ceph osd set noout`): it runs even after an earlier step failed or
    /// Ctrl-C stopped the run.</summary>
    public virtual bool RunsAfterFailure => false;

    /// <summary>Does the work; a failure is a <see cref="StepException"/> saying what to do next.</summary>
    public abstract Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct);
}
