namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What the joiner sends to the agent, and what the agent answers.</summary>
public sealed record JoinRequest(LabNode Joiner, string Hostname, LabNode Target, string Token, bool Worker, TimeSpan JoinTime);

public sealed record JoinAnswer(string ClusterId, string? Error = null, int ExitCode = 0, bool Wrecked = false)
{
    public static JoinAnswer Fail(string error, int exitCode = 6) => new("", error, exitCode);
}
