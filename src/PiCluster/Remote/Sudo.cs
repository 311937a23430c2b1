namespace PiCluster.Remote;

/// <summary>Runs a command as root. A become password travels on stdin (`sudo -S`), never on the command line.</summary>
public static class Sudo
{
    public static (string Command, string? Stdin) Wrap(string command, string? becomePassword, string? stdin = null) =>
        becomePassword is null
            ? ($"sudo -n -- sh -c {ShellQuote.Word(command)}", stdin)
            : ($"sudo -S -p '' -- sh -c {ShellQuote.Word(command)}", becomePassword + "\n" + stdin);

    /// <summary>Recognises sudo's own refusals in a command's stderr; null when sudo let the command run.</summary>
    public static RemoteFailure? Refusal(CommandResult result) =>
        result.Succeeded ? null
        : result.StdErr.Contains("a password is required", StringComparison.Ordinal) ? RemoteFailure.SudoNeedsPassword
        : result.StdErr.Contains("incorrect password attempt", StringComparison.Ordinal)
          || result.StdErr.Contains("no password was provided", StringComparison.Ordinal)
          || result.StdErr.Contains("Sorry, try again", StringComparison.Ordinal) ? RemoteFailure.SudoWrongPassword
        : null;
}
