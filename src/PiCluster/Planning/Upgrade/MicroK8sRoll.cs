using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Upgrade;

/// <summary>The MicroK8s part of an upgrade. Kubernetes allows API servers one minor apart and no kubelet newer than an API server,
/// so the cluster moves one minor at a time: for each minor on the way, the control planes below it, one at a time, then the
/// workers below it, --max-unavailable at a time. Versions are read from what each node runs, never from the channel's text.</summary>
public static class MicroK8sRoll
{
    /// <summary>Adds the steps to <paramref name="steps"/>; returns the reasons to change nothing instead.</summary>
    public static IReadOnlyList<string> Plan(IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster, UpgradeOptions options, List<HostStep> steps)
    {
        var members = hosts.Where(h => h.MicroK8s is not null && cluster.Members.Contains(h.Name)).ToList();
        var selected = members.Where(h => h.Selected).ToList();
        if (selected.Count == 0) return [];
        var asked = selected.Select(h => SnapChannel.Parse(h.Spec.Channel)).Distinct().ToList();
        if (asked.Count > 1)
            return [$"microk8s_channel differs between the selected hosts ({string.Join(", ", asked)}), but a cluster runs one version: set it once, under all: vars"];
        var target = asked[0];
        if (target.Minor is not { } goal)
        {
            return [$"microk8s_channel is {target}, whose track {target.Track} is no Kubernetes version; an upgrade moves from version to version, one minor "
                + "at a time: write a versioned channel such as 1.34/stable"];
        }

        var minors = new Dictionary<string, Version>();
        var problems = new List<string>();
        foreach (var host in members)
        {
            if (KubernetesVersion.MinorOf(host.MicroK8s!.Version) is { } minor) minors[host.Name] = minor;
            else if (host.Selected) problems.Add($"{host.Name} runs microk8s {host.MicroK8s.Version} ({host.MicroK8s.Channel}), which names no Kubernetes version to upgrade from");
        }
        foreach (var host in selected.Where(h => minors.TryGetValue(h.Name, out var minor) && minor > goal))
        {
            problems.Add($"{host.Name} runs Kubernetes {KubernetesVersion.Track(minors[host.Name])} ({host.MicroK8s!.Channel}), newer than microk8s_channel {target}: "
                + "PiCluster does not downgrade (`sudo snap revert microk8s` goes back one refresh, with the datastore as it was then); "
                + $"set microk8s_channel to {host.MicroK8s.Channel} or newer");
        }

        if (problems.Count > 0 || minors.Count == 0) return problems;

        var lowest = minors.Values.Min()!;
        var from = members.ToDictionary(h => h.Name, h => h.MicroK8s!.Channel);
        var hops = Enumerable.Range(lowest.Minor + 1, Math.Max(0, goal.Minor - lowest.Minor))
            .Select(minor => new Version(goal.Major, minor)).DefaultIfEmpty(goal).ToList();
        foreach (var minor in hops)
        {
            var last = minor == goal;
            var channel = last ? target : target.OnTrack(KubernetesVersion.Track(minor)) with { Branch = null };
            var due = members.Where(h => minors.TryGetValue(h.Name, out var m) && (m < minor || last && Unfinished(h, target, cluster))).ToList();
            if (due.FirstOrDefault(h => !h.Selected && (!last || h.Spec.Role == MicroK8sRole.ControlPlane && due.Any(w => w.Selected && w.Spec.Role == MicroK8sRole.Worker))) is { } left)
            {
                return [$"{left.Name} is on {left.MicroK8s!.Channel} and not selected, but the upgrade to {target} goes through {channel} on every node"
                    + (last ? ", control planes before workers" : "") + $": select {left.Name} too, or set microk8s_channel to {channel} for this run"];
            }

            var controlPlanes = due.Where(h => h.Selected && h.Spec.Role == MicroK8sRole.ControlPlane);
            var workers = due.Where(h => h.Selected && h.Spec.Role == MicroK8sRole.Worker).ToList();
            foreach (var host in controlPlanes)
                steps.Add(Step(host, from[host.Name], channel, hosts, cluster));
            var first = steps.Count;
            for (var i = 0; i < workers.Count; i++)
                steps.Add(Step(workers[i], from[workers[i].Name], channel, hosts, cluster) with { Wave = options.MaxUnavailable > 1 ? first + i / options.MaxUnavailable : null });
            foreach (var host in due) (minors[host.Name], from[host.Name]) = (minor, channel.ToString());
        }
        return [];
    }

    /// <summary>On the target's minor but not finished: another channel of it, or left cordoned by an upgrade that stopped.</summary>
    static bool Unfinished(ClusterHost host, SnapChannel target, ClusterPicture cluster) =>
        SnapChannel.Parse(host.MicroK8s!.Channel) != target || cluster.Nodes.Any(n => n.Name == host.Name && n.Cordoned);

    static UpgradeMicroK8s Step(ClusterHost host, string from, SnapChannel channel, IReadOnlyList<ClusterHost> hosts, ClusterPicture cluster)
    {
        var controlPlane = host.Spec.Role == MicroK8sRole.ControlPlane;
        var otherControlPlanes = hosts.Where(h => h.Name != host.Name && h.Facts is not null && h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: true }
            && cluster.Nodes.Any(n => n.Name == h.Name && n.Address == h.Address && n.ControlPlane && n.Ready)).ToList();
        var voters = cluster.Datastore.Where(m => m.Role == "voter")
            .Select(m => hosts.FirstOrDefault(h => $"{h.Address}:19001" == m.Address)?.Name ?? m.Address)
            .Where(name => name != host.Name).ToList();
        var kubectl = otherControlPlanes.FirstOrDefault()?.Name ?? host.Name;
        return new UpgradeMicroK8s(host.Name, channel.ToString(), from, controlPlane, kubectl, controlPlane ? voters : [],
            host.Spec.DrainTimeout, host.Spec.ReadyTimeout);
    }
}
