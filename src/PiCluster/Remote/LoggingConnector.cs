using System.Diagnostics;

namespace PiCluster.Remote;

/// <summary>Writes every connection and command (never stdin, which may carry a password) to the run's log.</summary>
public sealed class LoggingConnector(IRemoteConnector inner, Action<string> log) : IRemoteConnector
{
    public async Task<IRemoteShell> ConnectAsync(HostConnection host, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var shell = await inner.ConnectAsync(host, ct);
            log($"{host.Host}: connected to {host.User}@{host.Address}:{host.Port} in {clock.ElapsedMilliseconds} ms");
            return new LoggingShell(host.Host, shell, log);
        }
        catch (RemoteException e)
        {
            log($"{host.Host}: connect failed after {clock.ElapsedMilliseconds} ms ({e.Reason}): {e.Message}");
            throw;
        }
    }

    sealed class LoggingShell(string host, IRemoteShell inner, Action<string> log) : IRemoteShell
    {
        public async Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
        {
            var clock = Stopwatch.StartNew();
            log($"{host}: run {command.Split('\n')[0]}{(command.Contains('\n', StringComparison.Ordinal) ? " …" : "")}");
            try
            {
                var result = await inner.RunAsync(command, stdin, timeout, ct);
                log($"{host}: exit {result.ExitCode?.ToString() ?? "by signal"} in {clock.ElapsedMilliseconds} ms{(result.Succeeded ? "" : $"; stderr: {result.FirstErrorLine}")}");
                return result;
            }
            catch (RemoteException e)
            {
                log($"{host}: failed after {clock.ElapsedMilliseconds} ms ({e.Reason}): {e.Message}");
                throw;
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
