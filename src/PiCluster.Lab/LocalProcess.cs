using System.Diagnostics;

namespace PiCluster.Lab;

public sealed record LocalProcessResult(int ExitCode, string StdOut, string StdErr)
{
    public LocalProcessResult OrThrow(string what) => ExitCode == 0
        ? this
        : throw new LabException($"{what} failed (exit {ExitCode}): {StdErr.Trim()}");
}

/// <summary>Runs a program on the lab machine itself (ssh-keygen, unshare, nsenter, openssl).</summary>
public static class LocalProcess
{
    public static async Task<LocalProcessResult> RunAsync(string file, IEnumerable<string> args,
        string? stdin = null, IReadOnlyDictionary<string, string>? env = null, CancellationToken ct = default)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in env ?? new Dictionary<string, string>()) info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new LabException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        return new LocalProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a program that outlives this process, cut off from its terminal and output.</summary>
    public static void StartDetached(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var arg in new[] { "sh", "-c", "exec \"$0\" \"$@\" </dev/null >/dev/null 2>&1", file }.Concat(args))
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new LabException($"could not start {file}");
    }
}
