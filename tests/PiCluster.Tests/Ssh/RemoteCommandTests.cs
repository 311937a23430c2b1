using System.Diagnostics;
using PiCluster.Remote;
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
            + "{ echo 'it''s' | tr a b\n} <&3 3<&- &\nc=$!\n"
            + "(trap 'exit 0' TERM; i=0; while kill -0 $PPID 2>/dev/null; do sleep 1; i=$((i+1)); done; kill -TERM $$) 3<&- >/dev/null 2>&1 &\n"
            + "w=$!\nwait $c; s=$?\nkill $w 2>/dev/null\nexit $s",
            text);
    }

    [Fact]
    public void Sets_a_watchdog_of_whole_seconds()
    {
        Assert.Contains("[ $i -ge 3 ] && { kill -USR1 $$; exit 0; }; sleep 1;", RemoteCommand.Wrap("true", TimeSpan.FromSeconds(2.5)));
    }

    [Fact]
    public async Task Passes_stdin_output_and_exit_code_through()
    {
        var result = await RunAsync(RemoteCommand.Wrap("read line; echo \"got $line\"; echo oops >&2; exit 7 # a comment", TimeSpan.FromSeconds(30)), "hello\n");

        Assert.Equal((7, "got hello\n", "oops\n"), result);
    }

    [Fact]
    public async Task Output_ends_with_the_command_not_at_the_watchdogs_next_tick()
    {
        var clock = Stopwatch.StartNew();

        var result = await RunAsync(RemoteCommand.Wrap("echo done", TimeSpan.FromMinutes(5)), "");

        Assert.Equal((0, "done\n", ""), result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(0.9), $"the output stayed open {clock.Elapsed.TotalMilliseconds:0} ms: the watchdog held it");
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

    [Fact]
    public async Task A_command_whose_connection_is_gone_ends_with_everything_it_started()
    {
        // Given a command running under a parent that stands for sshd's side of the connection
        var marker = $"sleep 5{Random.Shared.Next(100, 999)}";
        var wrapped = RemoteCommand.Wrap($"sh -c '{marker} | cat'", TimeSpan.FromMinutes(5));
        using var sshd = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", "bash -c \"$1\" & wait", "sshd", wrapped]))!;
        await WaitForAsync(() => IsRunningAsync(marker));

        // When the connection is lost: sshd's side goes away without a word
        sshd.Kill();

        // Then within the watchdog's second the command and what it started are gone
        await WaitForAsync(async () => !await IsRunningAsync(marker));
    }

    [Fact]
    public async Task The_root_side_ends_what_it_started_when_sudo_passes_it_a_term()
    {
        // Given the root side of a command, as sudo runs it, with a child that would outlive a plain shell
        var marker = $"sleep 6{Random.Shared.Next(100, 999)}";
        var rootSide = Sudo.WithoutPassword($"{marker} | cat")["sudo -n -- ".Length..];
        using var root = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", $"exec {rootSide}"]))!;
        await WaitForAsync(() => IsRunningAsync(marker));

        // When sudo passes on a TERM: to that shell alone
        await Process.Start("kill", ["-TERM", root.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Then
        await WaitForAsync(async () => !await IsRunningAsync(marker));
    }

    static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(10));
        while (!await condition()) await Task.Delay(100, patience.Token);
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
