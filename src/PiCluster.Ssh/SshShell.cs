using System.Diagnostics;
using System.Text;
using PiCluster.Remote;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace PiCluster.Ssh;

/// <summary>One SSH connection used for every command of a run on one host, at most <see cref="MaxChannels"/> at a time.</summary>
sealed class SshShell(SshClient client, SshEndpoint host, IReadOnlyList<IDisposable> jump) : IRemoteShell
{
    /// <summary>OpenSSH's default MaxSessions.</summary>
    public const int MaxChannels = 10;

    static readonly TimeSpan WatchdogGrace = TimeSpan.FromSeconds(2);

    /// <summary>How often a command that runs long checks that the Pi still answers: a hung Pi keeps the TCP connection up
    /// (its kernel still acknowledges) while nothing answers on it, and would otherwise hold the run until the command's limit.</summary>
    static readonly TimeSpan LivenessEvery = TimeSpan.FromSeconds(20);

    readonly SemaphoreSlim channels = new(MaxChannels);

    public async Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
    {
        await channels.WaitAsync(ct);
        try
        {
            return await RunOneAsync(command, stdin, timeout, ct);
        }
        finally
        {
            channels.Release();
        }
    }

    async Task<CommandResult> RunOneAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
    {
        SshCommand ssh;
        try
        {
            ssh = client.CreateCommand(RemoteCommand.Wrap(command, timeout));
        }
        catch (Exception e) when (e is SshException or ObjectDisposedException or InvalidOperationException)
        {
            throw Dropped(e);
        }
        // SSH.NET sends TERM to the remote process when this is cancelled; it is cancelled off the caller's thread,
        // because SSH.NET then waits for the process to end.
        using var stop = new CancellationTokenSource();
        // Opening the channel blocks until the Pi answers, so it gets a thread of its own rather than a pool thread.
        var running = Task.Factory.StartNew(() => Start(ssh, stdin, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        var clock = Stopwatch.StartNew();
        try
        {
            // The Pi's watchdog ends the command at the timeout; this one is for a Pi that cannot say so.
            var limit = timeout == Timeout.InfiniteTimeSpan ? timeout : timeout + WatchdogGrace;
            while (!await EndsWithinAsync(running, limit == Timeout.InfiniteTimeSpan ? LivenessEvery : Min(LivenessEvery, limit - clock.Elapsed), ct))
            {
                if (limit != Timeout.InfiniteTimeSpan && clock.Elapsed >= limit) throw new TimeoutException();
                if (!await AnswersAsync(ct))
                {
                    _ = StopAsync(stop, running);
                    throw Silent(new SshOperationTimeoutException($"no answer to a check while `{Shorten(command)}` ran"));
                }
            }
            if (ssh.ExitStatus == RemoteCommand.TimedOut && clock.Elapsed >= timeout)
                throw TimedOut(command, timeout);
            return new CommandResult(ssh.ExitStatus, ssh.Result, ssh.Error);
        }
        catch (TimeoutException)
        {
            await StopAsync(stop, running);
            throw TimedOut(command, timeout);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            _ = StopAsync(stop, running);
            throw;
        }
        catch (Exception e) when (e is SshException or ObjectDisposedException or InvalidOperationException)
        {
            throw e is SshOperationTimeoutException && client.IsConnected ? Silent(e) : Dropped(e);
        }
        finally
        {
            if (running.IsCompleted)
                ssh.Dispose();
            else
                _ = running.ContinueWith(_ => ssh.Dispose(), TaskScheduler.Default);
        }
    }

    static async Task Start(SshCommand ssh, string? stdin, CancellationToken stop)
    {
        var execution = ssh.ExecuteAsync(stop);
        try
        {
            // Always close stdin, so a command that reads it ends instead of waiting forever.
            using var input = ssh.CreateInputStream();
            if (stdin is not null)
                input.Write(Encoding.UTF8.GetBytes(stdin));
        }
        catch (Exception e) when ((e is InvalidOperationException or SshException or ObjectDisposedException) && execution.IsCompleted)
        {
            // The command ended before reading its input.
        }
        await execution;
    }

    static async Task<bool> EndsWithinAsync(Task running, TimeSpan wait, CancellationToken ct)
    {
        await Task.WhenAny(running, Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, ct));
        ct.ThrowIfCancellationRequested();
        if (running.IsCompleted) await running;
        return running.IsCompleted;
    }

    /// <summary>Opens a channel and runs `true`: only a Pi whose sshd still works answers, within the connect timeout.
    /// When every channel is busy the others check for it.</summary>
    async Task<bool> AnswersAsync(CancellationToken ct)
    {
        if (!await channels.WaitAsync(TimeSpan.Zero, ct)) return true;
        try
        {
            using var check = client.CreateCommand("true");
            var answered = check.ExecuteAsync(ct);
            await answered.WaitAsync(client.ConnectionInfo.Timeout + WatchdogGrace, ct);
            return true;
        }
        catch (Exception e) when (e is SshException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            channels.Release();
        }
    }

    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    static async Task StopAsync(CancellationTokenSource stop, Task running)
    {
        await Task.Run(stop.Cancel);
        try
        {
            await running;
        }
        catch (Exception e) when (e is OperationCanceledException or SshException or ObjectDisposedException)
        {
            // It was stopped on purpose.
        }
    }

    RemoteException TimedOut(string command, TimeSpan timeout) => new(RemoteFailure.Timeout,
        $"{host.Name}: `{Shorten(command)}` did not finish within {timeout.TotalSeconds:0.#} s and was stopped; re-run it, or find what it waits for on the Pi");

    RemoteException Dropped(Exception? cause) => new(RemoteFailure.Disconnected,
        $"the connection to {host.Where} dropped: check that the Pi is up (it may have rebooted or lost power) and re-run", cause);

    RemoteException Silent(Exception cause) => new(RemoteFailure.Disconnected,
        $"{host.Where} stopped answering on an open connection: check that the Pi is not hung and that the network is up, then re-run", cause);

    static string Shorten(string command)
    {
        var line = command.ReplaceLineEndings(" ").Trim();
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    public async ValueTask DisposeAsync()
    {
        // Disconnecting waits for SSH.NET's receiving thread.
        await Task.Run(client.Dispose);
        foreach (var part in jump)
            part.Dispose();
        channels.Dispose();
    }
}
