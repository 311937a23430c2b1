using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>One key line of a known_hosts file, where it was read from.</summary>
sealed record KnownHostEntry(string File, int Line, KnownHostMarker Marker, string Hosts, PublicKey Key)
{
    public string Where => $"{File}:{Line}";

    public bool Matches(string hostName) => HostPatterns.Match(Hosts, hostName);
}
