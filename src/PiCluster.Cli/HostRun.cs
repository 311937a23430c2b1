using PiCluster.Remote;
using PiCluster.Run;
using PiCluster.Ssh;

namespace PiCluster.Cli;

/// <summary>What a command that reaches hosts resolved from its options: the core's scope, and how SSH connects.</summary>
public sealed record HostRun(RunScope Scope, SshOptions Ssh)
{
    /// <summary>SSH connections that write every connection and command to the run's log.</summary>
    public IRemoteConnector Connector() => new LoggingConnector(new SshConnector(Ssh), RunLog.Write);
}
