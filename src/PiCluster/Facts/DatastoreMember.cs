namespace PiCluster.Facts;

/// <summary>One dqlite member from backend/cluster.yaml: `Address: ip:19001`, Role 0 voter, 1 standby, 2 spare.</summary>
public sealed record DatastoreMember(string Address, string Role);
