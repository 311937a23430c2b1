using PiCluster.Remote;

namespace PiCluster.Ssh;

/// <summary>How <see cref="SshConnector"/> authenticates and treats host keys, for a whole run.</summary>
public sealed record SshOptions
{
    /// <summary>Accept and record the key of a host that is in no known_hosts file (a changed key is never accepted).</summary>
    public bool TrustNewHosts { get; init; }
    /// <summary>Asks for key passphrases when <see cref="Passphrase"/> is not set.</summary>
    public required ISecretPrompt Prompt { get; init; }
    /// <summary>The home whose .ssh holds the default keys and known_hosts.</summary>
    public string Home { get; init; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    /// <summary>The passphrase of encrypted keys (PICLUSTER_SSH_PASSPHRASE); when null the prompt is asked, once per key.</summary>
    public string? Passphrase { get; init; }
    /// <summary>The ssh-agent socket (SSH_AUTH_SOCK); null for no agent.</summary>
    public string? AgentSocket { get; init; }
    /// <summary>How often an idle connection sends a keep-alive, so NAT and firewalls keep it open.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);
    public string SystemKnownHostsFile { get; init; } = "/etc/ssh/ssh_known_hosts";
}
