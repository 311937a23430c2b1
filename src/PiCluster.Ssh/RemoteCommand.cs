using System.Globalization;

namespace PiCluster.Ssh;

/// <summary>
/// The text sent for a command, so that a timed-out, cancelled or abandoned command dies with everything it started.
/// sshd signals only a session's top process, and not at all under ForceCommand (the lab), so the top shell keeps the
/// command as a background job and kills its whole process group (sshd made the session one) on TERM; a watchdog sends
/// USR1 when the timeout passes, and TERM when the shell's parent (sshd's side of the connection) is gone, so a run
/// that was stopped or lost leaves nothing running. Commands run as root are reached through sudo, which passes TERM on
/// (<see cref="Remote.Sudo"/> makes the root side end its own group); processes that leave their group (daemons) are not.
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
        // Once a second: is sshd's side still there (a shell keeps its parent's pid in PPID), and is the time up? It holds no
        // output open, so the channel closes as the command ends, not at the watchdog's next tick.
        var expired = timeout == Timeout.InfiniteTimeSpan
            ? ""
            : $"[ $i -ge {Math.Ceiling(timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)} ] && {{ kill -USR1 $$; exit 0; }}; ";
        return Traps + job + "c=$!\n"
            + $"(trap 'exit 0' TERM; i=0; while kill -0 $PPID 2>/dev/null; do {expired}sleep 1; i=$((i+1)); done; kill -TERM $$) 3<&- >/dev/null 2>&1 &\n"
            + "w=$!\nwait $c; s=$?\nkill $w 2>/dev/null\nexit $s";
    }
}
