using PiCluster.Facts;
using PiCluster.Spec;

namespace PiCluster.Cli;

/// <summary>Facts in the few words a table cell holds.</summary>
public static class FactsText
{
    public static string MemoryCgroup(HostFacts facts) => (facts.MemoryCgroupActive, facts.Cmdline.HasMemoryCgroupFlags) switch
    {
        (true, _) => "on",
        (false, true) => "off (flags set; reboot pending)",
        (false, false) => facts.Cmdline.Exists ? "off (flags missing)" : "off (no cmdline.txt)",
    };

    public static string Clock(HostFacts facts) => facts.TimeSynchronized switch
    {
        true => "synced",
        false => "not synced",
        null => "unknown",
    };

    public static string MicroK8s(MicroK8sFacts? microk8s)
    {
        if (microk8s is null) return "-";
        var snap = $"{microk8s.Channel} ({microk8s.Version}, rev {microk8s.Revision})";
        if (microk8s.Role == MicroK8sRole.Worker) return $"{snap} worker";
        var state = microk8s.Running ? "running" : "not running";
        var nodes = microk8s.Nodes.Count > 0 ? $", {microk8s.Nodes.Count} node{(microk8s.Nodes.Count == 1 ? "" : "s")} ({microk8s.Nodes.Count(n => n.Ready)} Ready)" : "";
        return $"{snap} control plane, {state}{nodes}";
    }
}
