using System.Globalization;

namespace PiCluster.Ssh;

/// <summary>
/// The text sent for a command, so that a timed-out or cancelled command dies with everything it started.
/// sshd signals only a session's top process, and not at all under ForceCommand (the lab), so the top shell keeps the
/// command as a background job and kills its whole process group (sshd made the session one) on TERM, or on USR1
/// from a watchdog when the timeout passes, even if the connection is gone by then. Processes that leave the group
/// (setsid, daemons) or run as root under sudo are out of its reach.
/// </summary>
static class RemoteCommand
{
    /// <summary>The exit code of a command the watchdog stopped, as coreutils' timeout uses.</summary>
    public const int TimedOut = 124;

    public static string Wrap(string command, TimeSpan timeout)
    {
        const string Traps = "exec 3<&0\n"
            + "trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 143' TERM\n"
            + "trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 124' USR1\n";
        var job = "{ " + command + "\n} <&3 3<&- &\n";
        if (timeout == Timeout.InfiniteTimeSpan)
            return Traps + job + "wait $!";
        var seconds = Math.Ceiling(timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Traps + job + "c=$!\n"
            + $"(trap 'kill $! 2>/dev/null; exit 0' TERM; sleep {seconds} & wait $!; kill -USR1 $$) 3<&- &\n"
            + "w=$!\nwait $c; s=$?\nkill $w 2>/dev/null\nexit $s";
    }
}
