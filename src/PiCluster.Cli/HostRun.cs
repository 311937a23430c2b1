using PiCluster.Hosts;
using PiCluster.Remote;
using PiCluster.Ssh;

namespace PiCluster.Cli;

/// <summary>The hosts a command works on (<see cref="Targets"/>, in inventory order), every inventory host, and how to reach them.</summary>
public sealed record HostRun(Inventory Inventory, IReadOnlyList<HostTarget> Targets, IReadOnlyList<HostTarget> Everyone, int Forks, SshOptions Ssh)
{
    public IRemoteConnector Connector() => new LoggingConnector(new SshConnector(Ssh), RunLog.Write);
}
