namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>An OSD: on Node (Location is its member name), at Path (the disk's by-id name that sorts last, as MicroCeph records it, or a loop file); Device is the
/// kernel name of the disk it took, null for a loop file. Out: when `disk remove` marked it out and stopped it (its PGs then move to the other OSDs).
/// Recorded: MicroCeph's database still has its row; a `cluster remove --force` drops the row while Ceph keeps the OSD.</summary>
public sealed record CephOsd(int Id, string Node, string Location, string Path, long Bytes, string? Device, DateTimeOffset Added, DateTimeOffset? Out = null, bool Recorded = true);
