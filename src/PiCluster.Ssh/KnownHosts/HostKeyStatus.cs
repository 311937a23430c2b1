namespace PiCluster.Ssh.KnownHosts;

enum HostKeyStatus
{
    Known,
    Unknown,
    Changed,
    Revoked,
}
