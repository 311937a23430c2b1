using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>What the operator reads when a host key is not accepted: the fingerprints, the file line, and the command that fixes it.</summary>
static class HostKeyMessages
{
    public static string Unknown(SshEndpoint host, PublicKey key, string knownHostsFile) =>
        $"{host.Where} is not in known_hosts: it shows the {key.Type} key {key.Fingerprint}; check that `ssh-keygen -lf /etc/ssh/{KeyFileOnPi(key.Type)}` "
        + $"on the Pi prints the same, then re-run with --trust-new-hosts (or add it with `ssh-keyscan {PortOption(host.Port)}{host.Address} >> {knownHostsFile}`)";

    public static string Changed(SshEndpoint host, PublicKey key, KnownHostEntry old) =>
        $"the host key of {host.Where} has changed: it is now {key.Type} {key.Fingerprint} but {old.Where} has {old.Key.Type} {old.Key.Fingerprint}; "
        + $"if the Pi was re-flashed, remove the old key with `ssh-keygen -f {old.File} -R {Quoted(host.HostName)}` and re-run with --trust-new-hosts, "
        + "otherwise someone may be intercepting the connection";

    public static string Revoked(SshEndpoint host, PublicKey key, KnownHostEntry entry) =>
        $"the {key.Type} host key {key.Fingerprint} of {host.Where} is marked @revoked in {entry.Where}; refusing to connect: "
        + "give the Pi new host keys (sudo rm /etc/ssh/ssh_host_*; sudo ssh-keygen -A) and trust the new one";

    public static string NotRecorded(SshEndpoint host, PublicKey key, string knownHostsFile, string reason) =>
        $"the new {key.Type} key {key.Fingerprint} of {host.Where} could not be recorded in {knownHostsFile} ({reason}); "
        + "make the file writable, or name a writable one with -o UserKnownHostsFile in ansible_ssh_common_args";

    static string KeyFileOnPi(string keyType) => keyType switch
    {
        "ssh-rsa" => "ssh_host_rsa_key.pub",
        _ when keyType.StartsWith("ecdsa-", StringComparison.Ordinal) => "ssh_host_ecdsa_key.pub",
        _ => "ssh_host_ed25519_key.pub",
    };

    static string PortOption(int port) => port == 22 ? "" : $"-p {port} ";

    static string Quoted(string hostName) => hostName.StartsWith('[') ? $"'{hostName}'" : hostName;
}
