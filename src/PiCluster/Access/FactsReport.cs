using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Run;

namespace PiCluster.Access;

/// <summary>`facts`: one probe per selected host, on a connection of its own, disks included.</summary>
public static class FactsReport
{
    static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(90);

    public static Task<IReadOnlyList<HostOutcome<HostFacts>>> RunAsync(RunScope scope, IRemoteConnector connector, IHostProgress progress, CancellationToken ct) =>
        HostsWork.RunAsync(scope.Targets, scope.Forks, progress, "facts", async (target, token) =>
            {
                await using var session = await HostSession.OpenAsync(connector, target, token);
                return await GatherFacts.RunAsync(session, new ProbeScope(Storage: true, CephMaps: true), ProbeTimeout, token);
            },
            _ => "facts gathered", ct);
}
