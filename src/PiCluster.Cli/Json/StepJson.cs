using PiCluster.Steps;

namespace PiCluster.Cli.Json;

/// <summary>One step: where, what kind (`join_cluster`), what the plan says, and how it went: planned (not run), ok, changed,
/// failed (with <see cref="Error"/>) or skipped (with <see cref="Note"/> saying why).</summary>
public sealed record StepJson(string Host, string Kind, string Description, string Status)
{
    public double? Seconds { get; init; }
    public string? Error { get; init; }
    public string? Note { get; init; }

    public static StepJson From(HostStep step, StepEvent? done) => new(step.Host, step.Kind, step.Describe(), StatusOf(done))
    {
        Seconds = done is null ? null : Math.Round(done.Elapsed.TotalSeconds, 2),
        Error = done?.Status == StepStatus.Failed ? done.Message : null,
        Note = done?.Status == StepStatus.Failed ? null : done?.Message,
    };

    static string StatusOf(StepEvent? done) => done?.Status switch
    {
        null => "planned",
        StepStatus.Changed => "changed",
        StepStatus.Ok => "ok",
        StepStatus.Failed => "failed",
        _ => "skipped",
    };
}
