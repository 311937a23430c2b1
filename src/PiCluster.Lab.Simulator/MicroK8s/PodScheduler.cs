using System.Security.Cryptography;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What the controllers and the scheduler keep true: one calico-node per node, each Deployment at its replica
/// count, every pod on an existing node; new pods go to the schedulable node with the fewest pods.</summary>
public static class PodScheduler
{
    const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>Brings the cluster's pods in line; true when anything changed.</summary>
    public static bool Settle(ClusterRecord cluster, DateTimeOffset now)
    {
        var names = cluster.KubeNodes.Select(n => n.Name).ToHashSet();
        var changed = cluster.Pods.RemoveAll(p => p.Node != "" && !names.Contains(p.Node)) > 0;
        foreach (var node in cluster.KubeNodes.Where(n => !cluster.Pods.Any(p => p.DaemonSet && p.Node == n.Name)))
        {
            cluster.Pods.Add(new KubePod("kube-system", $"calico-node-{Suffix(node.Name)}", "DaemonSet", "calico-node", node.Name, node.Address, false, now));
            changed = true;
        }

        foreach (var deployment in Deployment.All)
        {
            var wanted = deployment.Addon is null || cluster.Addons.Contains(deployment.Addon) ? deployment.Replicas : 0;
            var pods = cluster.Pods.Where(p => p.OwnerName == deployment.ReplicaSet).ToList();
            foreach (var extra in pods.Skip(wanted))
                cluster.Pods.Remove(extra);

            for (var i = pods.Count; i < wanted; i++)
            {
                cluster.Pods.Add(new KubePod(deployment.Namespace, $"{deployment.ReplicaSet}-{Random()}", "ReplicaSet", deployment.ReplicaSet,
                    Place(cluster, deployment), PodIp(), deployment.EmptyDir, now));
            }

            changed |= pods.Count != wanted;
        }

        for (var i = 0; i < cluster.Pods.Count; i++)
        {
            if (cluster.Pods[i].Node == "" && Place(cluster, null) is { Length: > 0 } node)
            {
                cluster.Pods[i] = cluster.Pods[i] with { Node = node };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>An evicted Deployment pod is gone; its ReplicaSet makes a new one elsewhere.</summary>
    public static void Evict(ClusterRecord cluster, KubePod pod, DateTimeOffset now)
    {
        cluster.Pods.RemoveAll(p => p.Key == pod.Key);
        Settle(cluster, now);
    }

    /// <summary>System Deployments start on the first control plane (they were created before anything joined);
    /// the rest go to the least busy schedulable node. "" when none is schedulable: the pod stays Pending.</summary>
    static string Place(ClusterRecord cluster, Deployment? deployment)
    {
        var schedulable = cluster.KubeNodes.Where(n => !n.Unschedulable).ToList();
        if (deployment is { SystemPod: true } && !cluster.Pods.Any(p => p.OwnerName == deployment.ReplicaSet)
            && schedulable.Where(n => !n.Worker).OrderBy(n => n.Created).FirstOrDefault() is { } first)
        {
            return first.Name;
        }

        return schedulable
            .OrderBy(n => cluster.Pods.Count(p => p.Node == n.Name && !p.DaemonSet))
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .FirstOrDefault()?.Name ?? "";
    }

    static string Random() => new(RandomNumberGenerator.GetItems<char>(Alphabet, 5));

    static string Suffix(string node) =>
        new(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(node)).Take(5).Select(b => Alphabet[b % Alphabet.Length]).ToArray());

    static string PodIp() => $"10.1.{RandomNumberGenerator.GetInt32(1, 255)}.{RandomNumberGenerator.GetInt32(1, 255)}";
}
