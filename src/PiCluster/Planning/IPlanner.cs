using PiCluster.Spec;

namespace PiCluster.Planning;

/// <summary>Facts in, a plan out; pure. Each command that changes the cluster has one (`up` has <see cref="UpPlanner"/>).</summary>
public interface IPlanner
{
    /// <summary>The command it plans for, as the run lock names the run: "up".</summary>
    string Command { get; }

    Plan Plan(IReadOnlyList<ClusterHost> hosts);

    /// <summary>Whether the facts must hold Ceph's monitors and pool sizes: only removals need them.</summary>
    bool ReadsCephMaps(IEnumerable<NodeSpec> specs) => specs.Any(s => s.Absent);

    /// <summary>How the cluster, read again after the run, falls short of what the command was for; `up`'s measure by default.</summary>
    IReadOnlyList<string> Shortfalls(IReadOnlyList<ClusterHost> after, Recap.ClusterSummary cluster, IReadOnlyList<Recap.HostRecap> recap) =>
        Recap.Shortfalls.Of(after, cluster, recap);
}
