using Renci.SshNet;

namespace PiCluster.Ssh.Keys;

/// <summary>How one connection logs in, and what it offered, for the message when the server refuses.</summary>
sealed record AuthPlan(IReadOnlyList<AuthenticationMethod> Methods, IReadOnlyList<string> Offered, IReadOnlyList<string> Skipped, bool Password) : IDisposable
{
    public void Dispose()
    {
        foreach (var method in Methods)
            method.Dispose();
    }
}
