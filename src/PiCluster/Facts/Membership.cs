namespace PiCluster.Facts;

/// <summary>Whether a host is a given Kubernetes node: by exact name and address, never by substring.</summary>
public static class Membership
{
    public static ClusterNode? Find(IEnumerable<ClusterNode> nodes, string name, string address) =>
        nodes.FirstOrDefault(node => node.Name == name && node.Address == address);

    public static bool IsReady(IEnumerable<ClusterNode> nodes, string name, string address) => Find(nodes, name, address)?.Ready == true;

    /// <summary>dqlite lists members as `ip:19001`.</summary>
    public static bool InDatastore(IEnumerable<DatastoreMember> members, string address) =>
        members.Any(member => member.Address == $"{address}:19001");
}
