using PiCluster.Facts;
using PiCluster.Spec;

namespace PiCluster.Planning;

/// <summary>Works out from every host's facts which cluster exists, who is in it, and who issues tokens. Pure.</summary>
public static class ClusterAnalysis
{
    public static ClusterPicture Analyse(IReadOnlyList<ClusterHost> hosts)
    {
        var halfJoined = HalfJoined(hosts);
        var clusters = Clusters(hosts.Where(h => h.SeesCluster && !halfJoined.ContainsKey(h.Name)).ToList()).Where(IsFormed).ToList();
        if (clusters.Count > 1)
        {
            return Refused(
                $"the inventory's hosts are in {clusters.Count} different MicroK8s clusters ({string.Join("; ", clusters.Select(c => string.Join(", ", c.Select(h => h.Name))))}) "
                + "and PiCluster never merges clusters: run `sudo microk8s leave` on each node of all but one of them, or take those hosts out of the inventory");
        }

        var picture = clusters is [var viewers] ? Existing(hosts, viewers) : New(hosts);
        return picture with { HalfJoined = halfJoined };
    }

    /// <summary>
    /// Pis whose join was cut off or never converged: MicroK8s does not run and was not stopped; the Pi shows a join on its
    /// side (join.py's join-in-progress mark left behind, or a control plane's no-cert-reissue); a running control plane
    /// answers and no running control plane lists the Pi as a node at all (a member that is only restarting is listed,
    /// NotReady); and its own datastore names no other cluster. Anything less certain is left to the refusals.
    /// </summary>
    static Dictionary<string, string> HalfJoined(IReadOnlyList<ClusterHost> hosts)
    {
        var running = hosts.Where(h => h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: true }).ToList();
        var known = running.SelectMany(h => h.MicroK8s!.Datastore).Select(m => m.Address).ToHashSet();
        return hosts
            .Where(h => h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: false, Stopped: false } m
                && (m.JoinMarked || m.JoinedOnItsSide)
                && running.Any(o => o != h)
                && !running.Any(o => Membership.Find(o.MicroK8s!.Nodes, h.Name, h.Address) is not null)
                && m.Datastore.All(d => d.Address.StartsWith("127.0.0.1:", StringComparison.Ordinal) || d.Address == $"{h.Address}:19001" || known.Contains(d.Address)))
            .ToDictionary(h => h.Name, h => h.MicroK8s!.JoinMarked
                ? "its join was cut off halfway (join.py's join-in-progress mark is left) and MicroK8s does not run"
                : "it joined a cluster that does not list it (a join that never converged) and MicroK8s does not run");
    }

    static ClusterPicture Existing(IReadOnlyList<ClusterHost> hosts, List<ClusterHost> viewers)
    {
        // A control plane that is being removed lets no one in.
        var issuer = viewers.OrderBy(h => h.Spec.Absent).FirstOrDefault(h => h.MicroK8s!.Running && Membership.IsReady(h.MicroK8s.Nodes, h.Name, h.Address));
        var nodes = (issuer ?? viewers[0]).MicroK8s!.Nodes;
        var workers = hosts.Where(h => h.MicroK8s?.Role == MicroK8sRole.Worker && Membership.Find(nodes, h.Name, h.Address) is not null);
        return new()
        {
            Formed = true,
            Issuer = issuer,
            Blocked = issuer is null
                ? $"no control plane of the cluster ({string.Join(", ", viewers.Select(h => h.Name))}) is running and Ready, so nothing can join it: start MicroK8s on one (`sudo microk8s start`) and re-run"
                : null,
            Members = viewers.Concat(workers).Select(h => h.Name).ToHashSet(),
            Nodes = nodes,
            Datastore = [.. viewers.SelectMany(h => h.MicroK8s!.Datastore).DistinctBy(m => m.Address)],
            Problems = [],
        };
    }

    /// <summary>No cluster yet: the first control plane in the inventory forms it, and only it, so that a re-run can never start a second one
    /// (of the hosts the run reads: --limit leaves out a NAS in another group).</summary>
    static ClusterPicture New(IReadOnlyList<ClusterHost> hosts)
    {
        var seed = hosts.FirstOrDefault(h => h.Contacted && !h.Spec.Absent && h.Spec.Role == MicroK8sRole.ControlPlane);
        if (seed is null) return Refused("the inventory has no control plane: leave picluster_role unset (or controlplane) on at least one host, three for high availability");
        var blocked = seed.Facts is null
            ? $"no cluster exists yet and {seed.Name}, the first control plane in the inventory, which forms it, does not answer: bring it up and re-run"
            : seed.MicroK8s?.Role == MicroK8sRole.Worker
                ? $"no cluster exists yet and {seed.Name}, the first control plane in the inventory, which would form it, is a worker of another cluster: run `sudo microk8s leave` on it, or take it out of the inventory"
                : null;
        return new()
        {
            Formed = false,
            Issuer = blocked is null ? seed : null,
            Blocked = blocked,
            Members = new HashSet<string> { seed.Name },
            Nodes = seed.MicroK8s?.Nodes ?? [],
            Datastore = seed.MicroK8s?.Datastore ?? [],
            Problems = [],
        };
    }

    static ClusterPicture Refused(string problem) =>
        new() { Formed = false, Members = new HashSet<string>(), Nodes = [], Datastore = [], Problems = [problem] };

    static bool IsFormed(List<ClusterHost> cluster) =>
        cluster.Count > 1 || cluster[0].MicroK8s is { } m && (m.Nodes.Count > 1 || m.Datastore.Count > 1);

    /// <summary>Two control planes are in one cluster when each lists the other; one-sided knowledge is a stale entry, not membership.</summary>
    static List<List<ClusterHost>> Clusters(List<ClusterHost> viewers)
    {
        var clusters = new List<List<ClusterHost>>();
        foreach (var viewer in viewers)
        {
            var joined = clusters.Where(c => c.Any(other => Knows(viewer, other) && Knows(other, viewer))).ToList();
            var merged = joined.SelectMany(c => c).Append(viewer).OrderBy(viewers.IndexOf).ToList();
            clusters.RemoveAll(joined.Contains);
            clusters.Add(merged);
        }
        return [.. clusters.OrderBy(c => viewers.IndexOf(c[0]))];
    }

    static bool Knows(ClusterHost viewer, ClusterHost other) =>
        Membership.Find(viewer.MicroK8s!.Nodes, other.Name, other.Address) is not null || Membership.InDatastore(viewer.MicroK8s.Datastore, other.Address);
}
