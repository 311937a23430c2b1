namespace PiCluster.Remote;

/// <summary>
/// Keeps two runs from changing one Pi at once. Before its first change on a Pi a run writes /run/lock/picluster.lock:
/// the pid and start time of sshd's process for its connection, its run id, and who it is. The lock holds while that
/// process lives, so it ends with the run's connection however the run ends (a crash, a lost network); the run removes it
/// when done, and takes it again after a reconnect (a reboot). <see cref="TakeCommand"/> exits 75 and prints the holder when
/// another run's lock still holds.
/// </summary>
public sealed record RunLock(string RunId, string Who)
{
    public const int HeldByAnother = 75;

    const string File = "/run/lock/picluster.lock";

    // The connection's sshd process is the nearest ancestor whose name starts with sshd (sshd-session on newer OpenSSH).
    const string Sshd = "p=$$; while [ \"$p\" -gt 1 ] && ! grep -q '^sshd' /proc/$p/comm; do p=$(cut -d' ' -f4 /proc/$p/stat); done";

    public string TakeCommand => $$"""
        mkdir -p /run/lock && exec 9>/run/lock/picluster.guard && flock 9 || exit 1
        {{Sshd}}
        if [ -s {{File}} ] && read pid start run who < {{File}}; then
          if [ "$run" != {{ShellQuote.Word(RunId)}} ] && [ -r /proc/$pid/stat ] && [ "$(cut -d' ' -f22 /proc/$pid/stat)" = "$start" ]; then
            printf '%s\n' "$who" >&2; exit {{HeldByAnother}}
          fi
        fi
        printf '%s %s %s %s\n' "$p" "$(cut -d' ' -f22 /proc/$p/stat)" {{ShellQuote.Word(RunId)}} {{ShellQuote.Word(Who)}} > {{File}}
        """;

    public string ReleaseCommand =>
        $"[ -s {File} ] && read pid start run who < {File} && [ \"$run\" = {ShellQuote.Word(RunId)} ] && rm -f {File}; exit 0";

    /// <summary>"picluster up by ben on laptop, pid 4242, since 15:20:01".</summary>
    public static RunLock For(string command) => new(
        Guid.NewGuid().ToString("N"),
        $"picluster {command} by {Environment.UserName} on {Environment.MachineName}, pid {Environment.ProcessId}, since {DateTime.Now:HH:mm:ss}");
}
