namespace PiCluster.Plans;

public enum StepStatus
{
    Started,
    Changed,
    Ok,
    Failed,
    Skipped,
}
