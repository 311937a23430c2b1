using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Planning;

/// <summary>One Pi's plan as the host phases build it: the steps it needs, in order, and the checks that found nothing to do.</summary>
public sealed class HostPlanning(
    ClusterHost host, ClusterPicture cluster, IReadOnlyDictionary<string, string> addresses, IReadOnlySet<string> gone, List<string> warnings)
{
    public ClusterHost Host => host;

    public string Name => host.Name;

    public HostFacts Facts => host.Facts!;

    /// <summary>The cluster as all hosts' facts show it.</summary>
    public ClusterPicture Cluster => cluster;

    /// <summary>Every inventory host's name and the address it is known by: what each Pi's /etc/hosts lists.</summary>
    public IReadOnlyDictionary<string, string> Addresses => addresses;

    /// <summary>The hosts marked absent: their lines leave every other Pi's /etc/hosts.</summary>
    public IReadOnlySet<string> Gone => gone;

    public List<HostStep> Steps { get; } = [];

    public List<string> Passed { get; } = [];

    /// <summary>Notes <paramref name="passed"/> when <paramref name="ok"/>, else plans <paramref name="needed"/>.</summary>
    public void Check(bool ok, string passed, params HostStep[] needed)
    {
        if (ok) Passed.Add(passed);
        else Steps.AddRange(needed);
    }

    public void Add(HostStep step) => Steps.Add(step);

    public void Warn(string warning) => warnings.Add(warning);
}
