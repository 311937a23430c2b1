using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>How a step runs a command that must succeed, and how it words a command's failure.</summary>
public static class StepCommands
{
    /// <summary>A change that must succeed: a non-zero exit becomes a <see cref="StepException"/> naming <paramref name="what"/>.</summary>
    public static async Task<CommandResult> RequireChangeAsync(this RemoteHost host, string what, string command, TimeSpan timeout, CancellationToken ct, string? stdin = null)
    {
        var result = await host.ChangeAsync(command, timeout, ct, stdin);
        return result.Succeeded ? result : throw new StepException(host.Failed(what, result));
    }

    /// <summary>"install microk8s on pi-01 failed (exit 1): error: unable to contact snap store".</summary>
    public static string Failed(this RemoteHost host, string what, CommandResult result) =>
        $"{what} on {host.Name} failed (exit {result.ExitCode?.ToString() ?? "by signal"}): {FirstMessage(result)}";

    /// <summary>The first stderr line, else the last stdout line: MicroK8s prints most of its errors on stdout, and says on stderr
    /// which repository it inferred for an addon named without one, which is no error.</summary>
    static string FirstMessage(CommandResult result) =>
        Lines(result.StdErr).FirstOrDefault(line => !line.StartsWith("Infer repository ", StringComparison.Ordinal))
        ?? Lines(result.StdOut).LastOrDefault()
        ?? "no output";

    static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
