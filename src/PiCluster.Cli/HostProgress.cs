namespace PiCluster.Cli;

/// <summary>Live progress while hosts are worked on: a spinner on a terminal, one plain stderr line per finished host otherwise.</summary>
public sealed class HostProgress(string verb, IReadOnlyList<string> hosts) : IDisposable
{
    readonly TerminalStatus? status = TerminalStatus.Enabled ? new TerminalStatus(verb, hosts) : null;

    public void Finished(string host, string line)
    {
        RunLog.Write($"{host}: {line}");
        if (status is not null) status.Done(host);
        else Console.Error.WriteLine(Secrets.Redact($"{host}: {line}"));
    }

    public void Dispose() => status?.Dispose();
}
