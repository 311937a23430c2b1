using PiCluster.Remote;

namespace PiCluster.Tests.Fakes;

/// <summary>A host's shell for unit tests: records every command with its stdin and answers from a script of rules,
/// the first rule whose text the command contains winning; a command no rule matches succeeds with no output.</summary>
public sealed class FakeShell : IRemoteShell
{
    const string SudoPrefix = "sudo -n -- sh -c ";

    readonly List<(string Contains, Func<string, string?, CommandResult> Answer)> rules = [];
    readonly Lock gate = new();

    public List<(string Command, string? Stdin)> Received { get; } = [];

    public IEnumerable<string> Commands => Received.Select(r => r.Command);

    /// <summary>The commands as the step wrote them: each one's `sudo -n -- sh -c '…'` taken off (others left as they came).</summary>
    public IReadOnlyList<string> AsRoot => [.. Commands.Select(Unwrap)];

    public FakeShell On(string contains, CommandResult result) => On(contains, (_, _) => result);

    public FakeShell On(string contains, Func<string, string?, CommandResult> answer)
    {
        rules.Add((contains, answer));
        return this;
    }

    /// <summary>Answers in turn, the last answer again for every later call: a state that changes while a step polls it.</summary>
    public FakeShell OnEach(string contains, params CommandResult[] answers)
    {
        var calls = 0;
        return On(contains, (_, _) => answers[Math.Min(calls++, answers.Length - 1)]);
    }

    /// <summary>The command fails at the host level (the session drops, it times out); <paramref name="then"/> runs first,
    /// e.g. to make the host refuse connections while it reboots.</summary>
    public FakeShell Throws(string contains, RemoteFailure reason, Action? then = null) => On(contains, (command, _) =>
    {
        then?.Invoke();
        throw new RemoteException(reason, $"the fake host {reason}: `{Unwrap(command)}`");
    });

    public Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
    {
        lock (gate) Received.Add((command, stdin));
        var rule = rules.FirstOrDefault(r => command.Contains(r.Contains, StringComparison.Ordinal));
        try
        {
            return Task.FromResult(rule.Answer?.Invoke(command, stdin) ?? Ok());
        }
        catch (RemoteException e)
        {
            return Task.FromException<CommandResult>(e);
        }
    }

    public static CommandResult Ok(string stdout = "") => new(0, stdout, "");

    public static CommandResult Fails(int exitCode, string stderr) => new(exitCode, "", stderr);

    /// <summary>The inverse of <see cref="Sudo.WithoutPassword"/> and <see cref="ShellQuote.Word"/>.</summary>
    static string Unwrap(string command)
    {
        if (!command.StartsWith(SudoPrefix, StringComparison.Ordinal)) return command;
        var word = command[SudoPrefix.Length..];
        var root = word.Length >= 2 && word[0] == '\'' && word[^1] == '\''
            ? word[1..^1].Replace(@"'\''", "'", StringComparison.Ordinal)
            : word;
        return root.StartsWith(Sudo.RootJob, StringComparison.Ordinal) && root.EndsWith(Sudo.RootWait, StringComparison.Ordinal)
            ? root[Sudo.RootJob.Length..^Sudo.RootWait.Length]
            : root;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
