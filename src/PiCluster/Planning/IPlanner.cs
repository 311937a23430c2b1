namespace PiCluster.Planning;

/// <summary>Facts in, a plan out; pure. Each command that changes the cluster has one (`up` has <see cref="UpPlanner"/>).</summary>
public interface IPlanner
{
    Plan Plan(IReadOnlyList<ClusterHost> hosts);
}
