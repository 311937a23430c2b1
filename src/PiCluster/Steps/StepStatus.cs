namespace PiCluster.Steps;

public enum StepStatus
{
    Started,
    Changed,
    Ok,
    Failed,
    Skipped,
}
