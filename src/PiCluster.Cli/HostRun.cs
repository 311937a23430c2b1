using PiCluster.Hosts;
using PiCluster.Remote;
using PiCluster.Ssh;

namespace PiCluster.Cli;

/// <summary>The hosts a command works on, and how: resolved from the inventory and the options.</summary>
public sealed record HostRun(Inventory Inventory, IReadOnlyList<HostTarget> Targets, int Forks, SshOptions Ssh)
{
    public IRemoteConnector Connector() => new LoggingConnector(new SshConnector(Ssh), RunLog.Write);
}
