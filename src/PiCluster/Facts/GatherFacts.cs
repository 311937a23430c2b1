using PiCluster.Remote;

namespace PiCluster.Facts;

/// <summary>Runs the facts probe on one host as root and reads it.</summary>
public static class GatherFacts
{
    public static async Task<HostFacts> RunAsync(HostSession session, ProbeScope scope, TimeSpan timeout, CancellationToken ct)
    {
        var result = await session.RunAsRootAsync(FactsProbe.Script(scope), timeout, ct);
        try
        {
            return FactsProbe.Parse(result.StdOut);
        }
        catch (FormatException e)
        {
            throw new RemoteException(RemoteFailure.CommandFailed,
                $"the facts probe on {session.Target.Name} failed (exit {result.ExitCode?.ToString() ?? "by signal"}): {(result.FirstErrorLine is { Length: > 0 } line ? line : e.Message)}", e);
        }
    }
}
