using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>The known_hosts lines of every file read, in order, and what they say of a host's key.</summary>
sealed class KnownHostsSet(IReadOnlyList<KnownHostEntry> entries)
{
    public IReadOnlyList<KnownHostEntry> Entries => entries;

    public HostKeyCheck Check(string hostName, PublicKey presented)
    {
        var forHost = entries.Where(e => e.Marker != KnownHostMarker.CertAuthority && e.Matches(hostName)).ToList();
        var revoked = forHost.FirstOrDefault(e => e.Marker == KnownHostMarker.Revoked && e.Key.SameKey(presented.Blob));
        if (revoked is not null)
            return new HostKeyCheck(HostKeyStatus.Revoked, revoked);
        var plain = forHost.Where(e => e.Marker == KnownHostMarker.None).ToList();
        var same = plain.FirstOrDefault(e => e.Key.SameKey(presented.Blob));
        if (same is not null)
            return new HostKeyCheck(HostKeyStatus.Known, same);
        // Another key of any type on file is a change: host keys are preferred in the order known, so a server
        // that still had the known key would have shown it.
        var old = plain.FirstOrDefault(e => e.Key.Type == presented.Type) ?? plain.FirstOrDefault();
        return old is null ? new HostKeyCheck(HostKeyStatus.Unknown, null) : new HostKeyCheck(HostKeyStatus.Changed, old);
    }

    /// <summary>The key types on file for a host, in file order, to ask the server for those first.</summary>
    public IReadOnlyList<string> KeyTypesFor(string hostName) =>
        entries.Where(e => e.Marker == KnownHostMarker.None && e.Matches(hostName)).Select(e => e.Key.Type).Distinct().ToList();
}
