namespace PiCluster.Lab.Simulator.MicroCeph;

/// One MicroCeph cluster: its members (dqlite order), unused join tokens, OSDs and the pools made on it.
public sealed record CephClusterRecord
{
    public required string Fsid { get; init; }

    /// The cluster certificate's fingerprint, carried in every join token.
    public required string Fingerprint { get; init; }

    public required DateTimeOffset Created { get; init; }

    public List<CephMember> Members { get; init; } = [];

    public List<CephToken> Tokens { get; init; } = [];

    public List<CephOsd> Osds { get; init; } = [];

    /// Pools besides .mgr, e.g. microk8s-rbd0 from connect-external-ceph.
    public List<string> Pools { get; init; } = [];

    /// Ceph OSD ids as the reference's samples number them, from 1.
    public int NextOsdId => Osds.Count == 0 ? 1 : Osds.Max(o => o.Id) + 1;

    /// Like dqlite everywhere: one voter until there are three members, then three; up to three stand-bys; the rest spares.
    public string Role(CephMember member)
    {
        var index = Members.IndexOf(member);
        var voters = Members.Count >= 3 ? 3 : 1;
        return index < voters ? "voter" : index < voters + 3 ? "stand-by" : "spare";
    }
}
