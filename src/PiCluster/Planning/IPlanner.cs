namespace PiCluster.Planning;

/// <summary>Facts in, a plan out; pure. Each command that changes the cluster has one (`up` has <see cref="UpPlanner"/>).</summary>
public interface IPlanner
{
    /// <summary>The command it plans for, as the run lock names the run: "up".</summary>
    string Command { get; }

    Plan Plan(IReadOnlyList<ClusterHost> hosts);
}
