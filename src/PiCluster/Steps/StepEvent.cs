namespace PiCluster.Steps;

/// <summary>A step started or ended on a host: what the CLI shows as progress and the recap counts.</summary>
public sealed record StepEvent(HostStep Step, StepStatus Status, string? Message, TimeSpan Elapsed)
{
    public string Host => Step.Host;
}
