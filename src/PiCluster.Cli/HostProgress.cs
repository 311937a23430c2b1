using PiCluster.Remote;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>Live progress while hosts are worked on: a spinner on a terminal, one plain stderr line per finished host otherwise.</summary>
public class HostProgress : IHostProgress
{
    TerminalStatus? status;

    public void Started(string work, IReadOnlyList<string> hosts) => status = TerminalStatus.Enabled ? new TerminalStatus(work, hosts) : null;

    public void Finished(string host, RemoteFailure? failure, string result)
    {
        var line = failure is { } why ? HostResultTable.Label(why) : result;
        RunLog.Write($"{host}: {line}");
        if (status is not null) status.Done(host);
        else Console.Error.WriteLine(Secrets.Redact($"{host}: {line}"));
    }

    public void Ended()
    {
        status?.Dispose();
        status = null;
    }
}
