using PiCluster.Remote;
using PiCluster.Ssh.Keys;
using Renci.SshNet.Common;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>Checks the key a host shows against the known_hosts files, in order; the first file is where new keys are recorded on trust.</summary>
sealed class HostKeyVerifier(SshEndpoint host, IReadOnlyList<string> files, bool trustNewHosts)
{
    public KnownHostsSet Known { get; } = new(files.Where(File.Exists).SelectMany(f => KnownHostsFile.Parse(f, File.ReadAllText(f))).ToList());

    /// <summary>Why the key was refused, once the handshake has failed.</summary>
    public RemoteException? Refusal { get; private set; }

    /// <summary>Runs on SSH.NET's receiving thread, during the key exchange.</summary>
    public void OnHostKeyReceived(object? sender, HostKeyEventArgs e)
    {
        var key = PublicKey.FromBlob(e.HostKey);
        var check = Known.Check(host.HostName, key);
        Refusal = check.Status switch
        {
            HostKeyStatus.Known => null,
            HostKeyStatus.Unknown when trustNewHosts => Record(key),
            HostKeyStatus.Unknown => new RemoteException(RemoteFailure.HostKeyUnknown, HostKeyMessages.Unknown(host, key, files[0])),
            HostKeyStatus.Changed => new RemoteException(RemoteFailure.HostKeyChanged, HostKeyMessages.Changed(host, key, check.Entry!)),
            _ => new RemoteException(RemoteFailure.HostKeyChanged, HostKeyMessages.Revoked(host, key, check.Entry!)),
        };
        e.CanTrust = Refusal is null;
    }

    RemoteException? Record(PublicKey key)
    {
        try
        {
            KnownHostsWriter.Append(files[0], host.HostName, key);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RemoteException(RemoteFailure.HostKeyUnknown, HostKeyMessages.NotRecorded(host, key, files[0], e.Message));
        }
    }
}
