namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>One MicroCeph cluster: its members (dqlite order), unused join tokens, OSDs, the pools made on it and its OSD map flags.</summary>
public sealed record CephClusterRecord
{
    public required string Fsid { get; init; }

    /// <summary>The cluster certificate's fingerprint, carried in every join token.</summary>
    public required string Fingerprint { get; init; }

    public required DateTimeOffset Created { get; init; }

    public List<CephMember> Members { get; init; } = [];

    public List<CephToken> Tokens { get; init; } = [];

    public List<CephOsd> Osds { get; init; } = [];

    /// <summary>Pools besides .mgr, e.g. microk8s-rbd0 from connect-external-ceph.</summary>
    public List<string> Pools { get; init; } = [];

    /// <summary>OSD map flags set with `ceph osd set`, e.g. noout (the four a squid cluster always has are not listed).</summary>
    public List<string> OsdFlags { get; init; } = [];

    /// <summary>`ceph osd set|unset` calls that changed a flag, each a new OSD map epoch.</summary>
    public int OsdMapChanges { get; set; }

    /// <summary>Members dropped with `cluster remove --force` while down: nothing ran Ceph-side, so a mon they held stays in the
    /// monmap (out of quorum) until `ceph mon rm`.</summary>
    public List<CephMember> Departed { get; init; } = [];

    /// <summary>`ceph mon rm` calls, each a new monmap epoch.</summary>
    public int MonMapChanges { get; set; }

    /// <summary>When a mon was last placed or removed by hand (`enable mon`, `mon rm`); joins are dated by the member.</summary>
    public DateTimeOffset? MonMapModified { get; set; }

    /// <summary>Ceph OSD ids as the reference's samples number them, from 1.</summary>
    public int NextOsdId => Osds.Count == 0 ? 1 : Osds.Max(o => o.Id) + 1;

    /// <summary>Like dqlite everywhere: one voter until there are three members, then three; up to three stand-bys; the rest spares.</summary>
    public string Role(CephMember member)
    {
        var index = Members.IndexOf(member);
        var voters = Members.Count >= 3 ? 3 : 1;
        return index < voters ? "voter" : index < voters + 3 ? "stand-by" : "spare";
    }
}
