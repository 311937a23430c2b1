namespace PiCluster.Remote;

/// <summary>Everything needed to open an SSH connection to one inventory host.</summary>
public sealed record HostConnection
{
    /// <summary>The inventory name, used in messages.</summary>
    public required string Host { get; init; }
    public required string Address { get; init; }
    public int Port { get; init; } = 22;
    public required string User { get; init; }
    /// <summary>Private keys named by the inventory; empty means the user's default keys, then the agent.</summary>
    public IReadOnlyList<string> KeyFiles { get; init; } = [];
    public string? Password { get; init; }
    public JumpHost? Jump { get; init; }
    /// <summary>known_hosts files named by the inventory (UserKnownHostsFile), read before ~/.ssh/known_hosts; the first is written on trust.</summary>
    public IReadOnlyList<string> KnownHostsFiles { get; init; } = [];
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>An OpenSSH KexAlgorithms value from the inventory's ssh options (`-o KexAlgorithms=…`); null keeps PiCluster's order.</summary>
    public string? KexAlgorithms { get; init; }
}
