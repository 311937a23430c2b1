using PiCluster.Ssh.Keys;
using PiCluster.Ssh.KnownHosts;
using Renci.SshNet;

namespace PiCluster.Ssh;

/// <summary>Opens one logged-in SSH.NET client with host keys checked and weak algorithms off. It blocks (SSH.NET's handshake does), so callers run it on a thread of its own.</summary>
sealed class SessionOpener(SshOptions options)
{
    public SshClient Open(SshEndpoint host, (string Host, int Port) connectTo, AuthPlan auth, IReadOnlyList<string> knownHostsFiles, TimeSpan timeout, ConnectAttempt attempt)
    {
        var verifier = new HostKeyVerifier(host, knownHostsFiles, options.TrustNewHosts);
        // The timeout also bounds every later channel open, so a dead link fails in time.
        var info = new ConnectionInfo(connectTo.Host, connectTo.Port, host.User, [.. auth.Methods]) { Timeout = timeout };
        SshAlgorithms.Harden(info, verifier.Known.KeyTypesFor(host.HostName));
        SshAlgorithms.ChooseKeyExchange(info, host.KexAlgorithms, host.Where);
        var client = attempt.Own(new SshClient(info) { KeepAliveInterval = options.KeepAlive });
        client.HostKeyReceived += verifier.OnHostKeyReceived;
        try
        {
            client.Connect();
            return client;
        }
        catch (Exception e)
        {
            client.Dispose();
            if (attempt.Aborted)
                throw new OperationCanceledException();
            throw ConnectErrors.Translate(verifier.Refusal ?? e, host, auth, timeout) ?? (Exception)new InvalidOperationException($"connecting to {host.Where} failed unexpectedly: {e.Message}", e);
        }
    }
}
