namespace PiCluster.Steps;

/// <summary>Work the planner will not do, with the reason and the fix: shown in the plan, and a failure of that host in `up`.</summary>
public sealed record Refuse(string Host, string Reason) : HostStep(Host)
{
    public override bool Changes => false;

    /// <summary>None: a refusal runs nothing, so no earlier failure can skip it and every one is reported.</summary>
    public override IEnumerable<string> Involves => [];

    public override string Describe() => $"refused: {Reason}";

    public override Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct) => throw new StepException(Reason);
}
