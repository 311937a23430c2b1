using PiCluster.Remote;

namespace PiCluster.Tests.Fakes;

/// <summary>A host's shell for unit tests: records every command with its stdin and answers from a script of rules,
/// the first rule whose text the command contains winning; a command no rule matches succeeds with no output.</summary>
public sealed class FakeShell : IRemoteShell
{
    readonly List<(string Contains, Func<string, string?, CommandResult> Answer)> rules = [];

    public List<(string Command, string? Stdin)> Received { get; } = [];

    public IEnumerable<string> Commands => Received.Select(r => r.Command);

    public FakeShell On(string contains, CommandResult result) => On(contains, (_, _) => result);

    public FakeShell On(string contains, Func<string, string?, CommandResult> answer)
    {
        rules.Add((contains, answer));
        return this;
    }

    public Task<CommandResult> RunAsync(string command, string? stdin, TimeSpan timeout, CancellationToken ct)
    {
        Received.Add((command, stdin));
        var rule = rules.FirstOrDefault(r => command.Contains(r.Contains, StringComparison.Ordinal));
        return Task.FromResult(rule.Answer?.Invoke(command, stdin) ?? Ok());
    }

    public static CommandResult Ok(string stdout = "") => new(0, stdout, "");

    public static CommandResult Fails(int exitCode, string stderr) => new(exitCode, "", stderr);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
