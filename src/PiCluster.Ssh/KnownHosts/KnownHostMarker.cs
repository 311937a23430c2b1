namespace PiCluster.Ssh.KnownHosts;

/// <summary>The optional first field of a known_hosts line.</summary>
enum KnownHostMarker
{
    None,
    Revoked,
    CertAuthority,
}
