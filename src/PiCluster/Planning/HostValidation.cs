using System.Text.RegularExpressions;
using PiCluster.Facts;
using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Planning;

/// <summary>What must hold before anything changes: names and addresses unique and usable, and every Pi one PiCluster supports.</summary>
public static partial class HostValidation
{
    public static IEnumerable<string> Problems(IReadOnlyList<ClusterHost> hosts)
    {
        // Only the hosts the run reads: a NAS outside --limit is none of PiCluster's business.
        var read = hosts.Where(h => h.Contacted).ToList();
        foreach (var host in read.Where(h => !Hostname().IsMatch(h.Name)))
            yield return $"{host.Name}: not usable as a hostname: name the inventory entry with lowercase letters, digits and '-' (at most 63), and keep its address in ansible_host";
        foreach (var shared in read.GroupBy(h => h.Address).Where(g => g.Count() > 1))
            yield return $"{string.Join(", ", shared.Select(h => h.Name))} share the address {shared.Key}: give each Pi its own ansible_host";
        foreach (var host in hosts.Where(h => h.Selected && h.Facts is not null && !h.Spec.Absent))
            foreach (var problem in HostProblems(host.Name, host.Facts!)) yield return $"{host.Name}: {problem}";
        if (LimitToThePis(hosts) is { } limit) yield return limit;
    }

    /// <summary>An inventory that holds more than the cluster (the laptop, a NAS): when the selection has hosts that are no Pi
    /// beside some that are, the --limit (a group of the inventory) that would select the Pis alone.</summary>
    static string? LimitToThePis(IReadOnlyList<ClusterHost> hosts)
    {
        var answered = hosts.Where(h => h.Selected && h.Facts is not null).ToList();
        var others = answered.Where(h => !IsPi(h.Facts!)).ToList();
        var pis = answered.Except(others).ToList();
        if (others.Count == 0 || pis.Count == 0) return null;
        var group = pis[0].Target.Host.Groups.FirstOrDefault(g => g is not ("all" or "ungrouped")
            && pis.All(p => p.Target.Host.Groups.Contains(g)) && !others.Any(o => o.Target.Host.Groups.Contains(g)));
        var names = string.Join(", ", others.Select(h => h.Name));
        return group is null
            ? $"{names} {(others.Count == 1 ? "is no Pi" : "are no Pis")} (see above): select the Pis alone with --limit, e.g. --limit '{string.Join(",", pis.Select(p => p.Name))}'"
            : $"{names} {(others.Count == 1 ? "is no Pi" : "are no Pis")} (see above): select the Pis alone with --limit {group} (the group that holds them)";
    }

    /// <summary>A Raspberry Pi by its device-tree model, whatever it runs; a PC, a NAS or a router has none, or another.</summary>
    static bool IsPi(HostFacts facts) => facts.Model?.StartsWith("Raspberry Pi", StringComparison.Ordinal) == true;

    static IEnumerable<string> HostProblems(string name, HostFacts facts)
    {
        if (facts.Arch != "aarch64")
            yield return $"the system is {facts.Arch}, not 64-bit Arm (aarch64): flash Ubuntu Server 24.04 LTS 64-bit";
        if (facts.Os.Id != "ubuntu" || facts.Os.VersionId != "24.04")
            yield return $"it runs {(facts.Os.PrettyName is { Length: > 0 } pretty ? pretty : "an unknown OS")}, not Ubuntu 24.04 LTS: flash Ubuntu Server 24.04 LTS 64-bit";
        foreach (var module in KernelModules.Needed.Except(facts.LoadableModules))
            yield return $"the kernel module {module} cannot be loaded (modprobe -n {module} fails): install the running kernel's modules (sudo apt install linux-modules-$(uname -r)) and re-run";
        if (facts.Hostname != name && facts.MicroK8s is { } microk8s && (microk8s.Role == MicroK8sRole.Worker || microk8s.Nodes.Count > 1 || microk8s.Datastore.Count > 1))
            yield return $"it is called {facts.Hostname} and is already in a MicroK8s cluster, and renaming a cluster node breaks it: name the inventory entry {facts.Hostname}, or run `sudo microk8s leave` on it first";
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Hostname();
}
