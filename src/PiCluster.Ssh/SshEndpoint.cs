using PiCluster.Ssh.KnownHosts;

namespace PiCluster.Ssh;

/// <summary>One machine to log in to, and how messages name it.</summary>
sealed record SshEndpoint(string Name, string Address, int Port, string User)
{
    /// <summary>The name known_hosts files it under.</summary>
    public string HostName => HostPatterns.HostName(Address, Port);

    public string Where => Name == "the jump host" ? $"{Name} {Address}:{Port}" : $"{Name} ({Address}:{Port})";

    public string UserAtWhere => $"{User}@{Where}";
}
