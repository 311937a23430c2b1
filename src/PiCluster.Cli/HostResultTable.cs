using PiCluster.Ansible;
using PiCluster.Remote;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>The per-host table a command ends with (host | address | result), the failures spelled out below it, and a summary line.</summary>
public static class HostResultTable
{
    public static int Render<T>(IReadOnlyList<HostOutcome<T>> outcomes, Func<T, string> success, string summaryVerb, bool failuresOnly = false)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("host", "address", "result");
        foreach (var outcome in outcomes.Where(o => !failuresOnly || !o.Succeeded))
        {
            table.AddRow(
                Markup.Escape(outcome.Target.Name),
                Markup.Escape(Address(outcome.Target.Connection)),
                outcome.Succeeded ? $"[green]{Markup.Escape(success(outcome.Value!))}[/]" : $"[red]{Markup.Escape(Label(outcome.Failure!.Value))}[/]");
        }

        if (table.Rows.Count > 0) AnsiConsole.Write(table);
        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        foreach (var outcome in failed) Console.WriteLine(Secrets.Redact(outcome.Message ?? ""));
        if (failed.Count > 0) Console.WriteLine();
        Console.WriteLine($"{outcomes.Count - failed.Count} of {outcomes.Count} hosts {summaryVerb}.");
        return HostExit.Code(outcomes);
    }

    // The address is ansible_host as written, which may hold a control character: shown escaped.
    public static string Address(HostConnection connection) =>
        VisibleText.Escape(connection.Port == 22 ? connection.Address : $"{connection.Address}:{connection.Port}");

    public static string Label(RemoteFailure failure) => failure switch
    {
        RemoteFailure.Refused => "refused",
        RemoteFailure.Timeout => "timeout",
        RemoteFailure.Unreachable => "unreachable",
        RemoteFailure.AuthFailed => "auth failed",
        RemoteFailure.HostKeyUnknown => "host key unknown",
        RemoteFailure.HostKeyChanged => "HOST KEY CHANGED",
        RemoteFailure.KeyUnusable => "key unusable",
        RemoteFailure.SudoNeedsPassword => "sudo needs a password",
        RemoteFailure.SudoWrongPassword => "sudo password wrong",
        RemoteFailure.Disconnected => "disconnected",
        RemoteFailure.CommandFailed => "command failed",
        RemoteFailure.Cancelled => "cancelled",
        RemoteFailure.Locked => "locked by another run",
        _ => failure.ToString(),
    };
}
