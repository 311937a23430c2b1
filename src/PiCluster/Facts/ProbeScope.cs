namespace PiCluster.Facts;

/// <summary>What the facts probe reads beyond every host's basics: a storage Pi's disks and StorageClasses, and Ceph's monitor and
/// OSD maps (for a removal; each is one more `ceph` call, slow on a Pi).</summary>
public sealed record ProbeScope(bool Storage, bool CephMaps);
