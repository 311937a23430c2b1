using PiCluster.Plans;

namespace PiCluster.Cli;

/// <summary>`up`'s exit code: 0 when every host answered and no step failed, else 2.</summary>
public static class UpExit
{
    public static int Code(IReadOnlyList<HostRecap> recap) => recap.Any(h => h.Unreachable || h.Failed > 0) ? 2 : 0;
}
