using PiCluster.Planning;
using PiCluster.Remote;
using PiCluster.Spec;

namespace PiCluster.Run;

/// <summary>The hosts outside --limit that a run reads (and never changes): the cluster's control planes, which say who is in
/// the cluster and let new nodes in. As Ansible's --limit, nothing else outside the selection is connected to. Pure.</summary>
public static class ClusterPeers
{
    /// <summary>The control planes the selected hosts' facts name (nodes and datastore members); and when a selected host cannot
    /// see the cluster itself (fresh, a worker, down), the control planes of its inventory groups, where its cluster must be.</summary>
    public static IReadOnlyList<HostTarget> Of(IReadOnlyList<ClusterHost> selected, IReadOnlyList<HostTarget> everyone, IReadOnlyDictionary<string, NodeSpec> specs)
    {
        var chosen = selected.Select(h => h.Name).ToHashSet();
        var viewers = selected.Where(h => h.SeesCluster).ToList();
        var named = viewers.SelectMany(h => h.MicroK8s!.Nodes).Where(n => n.ControlPlane).Select(n => n.Name).ToHashSet();
        var members = viewers.SelectMany(h => h.MicroK8s!.Datastore).Select(m => m.Address[..m.Address.LastIndexOf(':')]).ToHashSet();
        var blind = selected.Any(h => !(h.SeesCluster && h.MicroK8s!.Running));
        var groups = blind ? selected.SelectMany(h => h.Target.Host.Groups).Where(g => g != "all").ToHashSet() : [];
        return [.. everyone.Where(t => !chosen.Contains(t.Name) && (named.Contains(t.Name) || members.Contains(t.Connection.Address)
            || blind && specs[t.Name].Role == MicroK8sRole.ControlPlane && t.Host.Groups.Any(groups.Contains)))];
    }
}
