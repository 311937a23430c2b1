using System.Diagnostics;
using PiCluster.Remote;

namespace PiCluster.Access;

/// <summary>Checks a host answers: SSH login, then a command through sudo, on one connection.</summary>
public static class Ping
{
    public static async Task<TimeSpan> RunAsync(IRemoteConnector connector, HostTarget target, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var session = await HostSession.OpenAsync(connector, target, ct);
        var result = await session.RunAsRootAsync("echo pong", timeout, ct);
        if (result.StdOut.Trim() != "pong")
            throw new RemoteException(RemoteFailure.CommandFailed,
                $"{target.Name} answered `sudo echo pong` with exit {result.ExitCode?.ToString() ?? "by signal"}: {result.FirstErrorLine}");
        return clock.Elapsed;
    }
}
