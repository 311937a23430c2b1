namespace PiCluster.Remote;

/// <summary>Runs a command as root. A become password travels alone on sudo's stdin, never on a command line, and the
/// command never reads that stdin: sudo that does not ask (NOPASSWD, cached credentials) would leave the password there.</summary>
public static class Sudo
{
    /// <summary>For hosts whose sudo asks for no password: stdin, if any, is the command's own.</summary>
    public static string WithoutPassword(string command) => $"sudo -n -- sh -c {ShellQuote.Word(AsRoot(command))}";

    /// <summary>For hosts whose sudo asks: stdin is the password and nothing else. The command reads <paramref name="inputFile"/>
    /// (staged by <see cref="StageInput"/>, removed afterwards by its owner) or nothing.</summary>
    public static string WithPassword(string command, string? inputFile)
    {
        if (inputFile is null) return $"sudo -S -p '' -- sh -c {ShellQuote.Word("exec </dev/null; " + AsRoot(command))}";
        var file = ShellQuote.Word(inputFile);
        return $"sudo -S -p '' -- sh -c {ShellQuote.Word("exec <\"$1\" || exit 1; shift; " + AsRoot(command))} picluster {file}; s=$?; rm -f -- {file}; exit $s";
    }

    /// <summary>The root side of a command: sudo passes a TERM it gets on to this shell only, so the shell runs the command as a
    /// job and ends its whole process group on TERM; otherwise what the command started as root would outlive a stopped run.</summary>
    static string AsRoot(string command) => RootJob + command + RootWait;

    internal const string RootJob = "exec 3<&0; trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null; exit 143' TERM; { ";

    internal const string RootWait = "\n} <&3 3<&- & wait $!";

    /// <summary>Run as the login user with the content on stdin: writes it to a file only that user can read and prints its path.</summary>
    public const string StageInput = "umask 077 && f=$(mktemp) && cat > \"$f\" && printf '%s' \"$f\"";

    /// <summary>Recognises sudo's own refusals in a command's stderr; null when sudo let the command run.</summary>
    public static RemoteFailure? Refusal(CommandResult result) =>
        result.Succeeded ? null
        : result.StdErr.Contains("a password is required", StringComparison.Ordinal) ? RemoteFailure.SudoNeedsPassword
        : result.StdErr.Contains("incorrect password attempt", StringComparison.Ordinal)
          || result.StdErr.Contains("no password was provided", StringComparison.Ordinal)
          || result.StdErr.Contains("Sorry, try again", StringComparison.Ordinal) ? RemoteFailure.SudoWrongPassword
        : null;
}
