using PiCluster.Planning;

namespace PiCluster.Recap;

/// <summary>What a selected host ran before a run and after it: `1.32/stable v1.32.9` for MicroK8s and MicroCeph; null where it
/// had none (or did not answer).</summary>
public sealed record HostVersions(string Host, string? MicroK8sBefore, string? MicroK8sAfter, string? MicroCephBefore, string? MicroCephAfter)
{
    public bool Changed => MicroK8sBefore != MicroK8sAfter || MicroCephBefore != MicroCephAfter;

    public static IReadOnlyList<HostVersions> From(IReadOnlyList<ClusterHost> before, IReadOnlyList<ClusterHost> after) =>
        [.. before.Where(h => h.Selected).Select(host =>
        {
            var again = after.FirstOrDefault(a => a.Name == host.Name);
            return new HostVersions(host.Name, MicroK8s(host), again is null ? null : MicroK8s(again), MicroCeph(host), again is null ? null : MicroCeph(again));
        })];

    static string? MicroK8s(ClusterHost host) => host.MicroK8s is { } m ? $"{m.Channel} {m.Version}" : null;

    static string? MicroCeph(ClusterHost host) => host.Facts?.MicroCeph is { } m ? $"{m.Channel} {m.Version}" : null;
}
