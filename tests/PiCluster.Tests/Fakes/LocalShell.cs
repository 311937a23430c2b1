using System.Diagnostics;
using System.Text;
using PiCluster.Remote;

namespace PiCluster.Tests.Fakes;

/// <summary>Runs commands with this machine's `sh`, for tests of command lines that must do what they say on real files.
/// <paramref name="path"/> goes in front of PATH (stand-ins for programs such as sudo).</summary>
public sealed class LocalShell(string? path = null) : IRemoteShell
{
    public async Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo("sh", ["-c", command])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        if (path is not null) start.Environment["PATH"] = path + ":" + Environment.GetEnvironmentVariable("PATH");
        using var sh = Process.Start(start)!;
        await sh.StandardInput.WriteAsync(stdin ?? "");
        sh.StandardInput.Close();
        var stdout = sh.StandardOutput.ReadToEndAsync(ct);
        var stderr = sh.StandardError.ReadToEndAsync(ct);
        await sh.WaitForExitAsync(ct);
        return new CommandResult(sh.ExitCode, await stdout, await stderr);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
