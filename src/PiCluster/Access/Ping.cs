using System.Diagnostics;
using PiCluster.Remote;
using PiCluster.Run;

namespace PiCluster.Access;

/// <summary>`ping`: every selected host answers an SSH login and a command through sudo, on one connection.</summary>
public static class Ping
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public static Task<IReadOnlyList<HostOutcome<TimeSpan>>> RunAsync(RunScope scope, IRemoteConnector connector, IHostProgress progress, CancellationToken ct) =>
        HostsWork.RunAsync(scope.Targets, scope.Forks, progress, "ping", (target, token) => OneAsync(connector, target, token), Pong, ct);

    /// <summary>"pong in 12 ms".</summary>
    public static string Pong(TimeSpan elapsed) => $"pong in {elapsed.TotalMilliseconds:0} ms";

    static async Task<TimeSpan> OneAsync(IRemoteConnector connector, HostTarget target, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var session = await HostSession.OpenAsync(connector, target, ct);
        var result = await session.RunAsRootAsync("echo pong", CommandTimeout, ct);
        if (result.StdOut.Trim() != "pong")
        {
            throw new RemoteException(RemoteFailure.CommandFailed,
                $"{target.Name} answered `sudo echo pong` with exit {result.ExitCode?.ToString() ?? "by signal"}: {result.FirstErrorLine}");
        }

        return clock.Elapsed;
    }
}
