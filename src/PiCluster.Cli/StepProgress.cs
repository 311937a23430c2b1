using PiCluster.Planning;
using PiCluster.Steps;

namespace PiCluster.Cli;

/// <summary>One line per finished step as `up` goes (on stdout, or stderr under --output json), and a spinner on a terminal.</summary>
public sealed class StepProgress : IDisposable
{
    readonly TerminalStatus? status;
    readonly TextWriter writer;
    readonly Dictionary<string, int> remaining;

    public StepProgress(Plan plan, bool json)
    {
        writer = json ? Console.Error : Console.Out;
        remaining = plan.Hosts.Select(h => h.Name).Concat(plan.ClusterSteps.Select(s => s.Host)).Distinct()
            .ToDictionary(host => host, host => plan.StepsOf(host).Count());
        status = TerminalStatus.Enabled ? new TerminalStatus("up", remaining.Where(r => r.Value > 0).Select(r => r.Key)) : null;
    }

    public void Report(StepEvent done)
    {
        if (done.Status == StepStatus.Started)
        {
            RunLog.Write($"{done.Host}: {done.Step.Describe()}");
            return;
        }
        var line = Secrets.Redact($"{done.Host}  {Word(done.Status),-8} {done.Step.Describe()}{Elapsed(done)}{(done.Message is { } m ? $"\n{new string(' ', done.Host.Length + 11)}{m}" : "")}");
        RunLog.Write(line);
        lock (TerminalStatus.Gate)
        {
            TerminalStatus.ClearLine();
            writer.WriteLine(line);
        }
        lock (remaining)
            if (--remaining[done.Host] == 0) status?.Done(done.Host);
    }

    static string Word(StepStatus status) => status switch
    {
        StepStatus.Changed => "changed",
        StepStatus.Ok => "ok",
        StepStatus.Failed => "FAILED",
        _ => "skipped",
    };

    static string Elapsed(StepEvent done) => done.Elapsed >= TimeSpan.FromSeconds(0.05) ? $" ({done.Elapsed.TotalSeconds:0.0} s)" : "";

    public void Dispose() => status?.Dispose();
}
