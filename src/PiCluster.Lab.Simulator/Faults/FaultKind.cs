namespace PiCluster.Lab.Simulator.Faults;

/// <summary>A failure the simulator can inject, named after the reference; Commands lists where it applies
/// ("snap-*" or "*" for every microk8s subcommand). Handled kinds are played out by their command
/// (with the side effects of the real failure); the others just print and exit.</summary>
public sealed record FaultKind(string Name, string[] Commands, string Message, int ExitCode, bool Handled = false)
{
    public bool AppliesTo(string command) =>
        Commands.Any(c => c == command || (c == "*" && !command.StartsWith("snap-", StringComparison.Ordinal)));
}
