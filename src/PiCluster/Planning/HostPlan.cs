using PiCluster.Steps;

namespace PiCluster.Planning;

/// <summary>What `up` will do on one host: its steps in order, and the checks that found nothing to do.</summary>
public sealed record HostPlan(ClusterHost Host, IReadOnlyList<HostStep> Steps, IReadOnlyList<string> Passed)
{
    public string Name => Host.Name;

    public bool Reachable => Host.Facts is not null;
}
