namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>A MicroCeph member: NAME is the node's hostname, ADDRESS its IP:7443; Services are mon, mgr, mds placed on it.</summary>
public sealed record CephMember(string Name, string Address, string Node, string Fingerprint, IReadOnlyList<string> Services, DateTimeOffset Joined)
{
    public string Ip => Address[..Address.LastIndexOf(':')];
}
