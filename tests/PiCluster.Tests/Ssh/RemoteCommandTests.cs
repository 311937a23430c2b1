using System.Diagnostics;
using PiCluster.Ssh;

namespace PiCluster.Tests.Ssh;

public sealed class RemoteCommandTests
{
    [Fact]
    public void Keeps_the_command_verbatim_inside_the_wrapper()
    {
        var text = RemoteCommand.Wrap("echo 'it''s' | tr a b", Timeout.InfiniteTimeSpan);

        Assert.Equal(
            "exec 3<&0\n"
            + "trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 143' TERM\n"
            + "trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 124' USR1\n"
            + "{ echo 'it''s' | tr a b\n} <&3 3<&- &\nwait $!",
            text);
    }

    [Fact]
    public void Sets_a_watchdog_of_whole_seconds()
    {
        Assert.Contains("sleep 3 & wait $!; kill -USR1 $$", RemoteCommand.Wrap("true", TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public async Task Passes_stdin_output_and_exit_code_through()
    {
        var result = await RunAsync(RemoteCommand.Wrap("read line; echo \"got $line\"; echo oops >&2; exit 7 # a comment", TimeSpan.FromSeconds(30)), "hello\n");

        Assert.Equal((7, "got hello\n", "oops\n"), result);
    }

    [Fact]
    public async Task The_watchdog_ends_the_command_and_everything_it_started()
    {
        var marker = $"sleep 4{Random.Shared.Next(100, 999)}";
        var clock = Stopwatch.StartNew();

        var result = await RunAsync(RemoteCommand.Wrap($"sh -c '{marker} | cat'; echo not reached", TimeSpan.FromSeconds(1)), "");

        Assert.Equal(RemoteCommand.TimedOut, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(await IsRunningAsync(marker), $"{marker} outlived the watchdog");
    }

    // sshd starts each session in a process group of its own; setsid does the same here.
    static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string script, string stdin)
    {
        var start = new ProcessStartInfo("setsid", ["bash", "-c", script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    static async Task<bool> IsRunningAsync(string commandLine)
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", "-x", commandLine]) { RedirectStandardOutput = true })!;
        await pgrep.WaitForExitAsync(TestContext.Current.CancellationToken);
        return pgrep.ExitCode == 0;
    }
}
