namespace PiCluster.Steps;

/// <summary>How a step ended when it did not fail: whether it changed the Pi, and anything worth telling.</summary>
public sealed record StepResult(bool Changed, string? Note = null)
{
    public static readonly StepResult Done = new(true);
    public static readonly StepResult Unchanged = new(false);
}
