using PiCluster.Ssh.KnownHosts;

namespace PiCluster.Ssh;

/// <summary>One machine to log in to, and how messages name it; <see cref="KexAlgorithms"/> is an OpenSSH KexAlgorithms value, if the inventory gives one.</summary>
sealed record SshEndpoint(string Name, string Address, int Port, string User, string? KexAlgorithms = null)
{
    /// <summary>The name known_hosts files it under.</summary>
    public string HostName => HostPatterns.HostName(Address, Port);

    public string Where => Name == "the jump host" ? $"{Name} {Address}:{Port}" : $"{Name} ({Address}:{Port})";

    public string UserAtWhere => $"{User}@{Where}";
}
