namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>One pod: its owner (`DaemonSet/calico-node`, `ReplicaSet/web-5d9c7b6f8`), the node it runs on ("" while
/// Pending) and whether it mounts an emptyDir, which drain refuses to delete without --delete-emptydir-data.</summary>
public sealed record KubePod(
    string Namespace, string Name, string OwnerKind, string OwnerName, string Node, string Ip, bool EmptyDir, DateTimeOffset Created)
{
    public bool DaemonSet => OwnerKind == "DaemonSet";

    public string Key => $"{Namespace}/{Name}";
}
