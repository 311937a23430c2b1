namespace PiCluster.Steps;

/// <summary>One thing `up` does, decided from facts by the planner: the plan prints <see cref="Describe"/>, `up` runs <see cref="ApplyAsync"/>.</summary>
public abstract record HostStep(string Host)
{
    /// <summary>What it does and why, in the words the plan shows.</summary>
    public abstract string Describe();

    /// <summary>Every host the step runs commands on: if one of them failed earlier, the step is skipped.</summary>
    public virtual IEnumerable<string> Involves => [Host];

    /// <summary>False for waits and refusals: steps that change nothing on a Pi.</summary>
    public virtual bool Changes => true;

    /// <summary>Does the work; a failure is a <see cref="StepException"/> saying what to do next.</summary>
    public abstract Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct);
}
