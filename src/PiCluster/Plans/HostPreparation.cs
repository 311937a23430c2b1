using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Plans;

/// <summary>Decides, from one host's facts, what that Pi needs before it can be a node. Pure; in the order the steps must run.</summary>
public static class HostPreparation
{
    static readonly TimeSpan TimeSyncLimit = TimeSpan.FromSeconds(60);

    public static (List<HostStep> Steps, List<string> Passed) Plan(ClusterHost host, IReadOnlyDictionary<string, string> hostsEntries, List<string> warnings)
    {
        var facts = host.Facts!;
        var name = host.Name;
        var steps = new List<HostStep>();
        var passed = new List<string>();
        void Check(bool ok, string okText, params HostStep[] needed)
        {
            if (ok) passed.Add(okText);
            else steps.AddRange(needed);
        }

        Check(facts.CloudInitSettings.Trim() == CloudInit.Settings.Trim(), "cloud-init leaves the hostname and /etc/hosts alone", new WriteCloudInitSettings(name));
        Check(facts.Hostname == name, $"hostname is {name}", new SetHostname(name, facts.Hostname));
        var reboot = !facts.MemoryCgroupActive;
        if (reboot && !facts.Cmdline.HasMemoryCgroupFlags) steps.Add(new AddCgroupFlags(name, facts.Cmdline.WithMemoryCgroupFlags()));
        Check(!reboot, "memory cgroup is on", new RebootHost(name, facts.BootId, host.Spec.RebootTimeout));
        var hosts = HostsFile.Ensure(facts.EtcHosts, hostsEntries);
        var missing = HostsFile.Missing(facts.EtcHosts, hostsEntries).Select(e => $"{e.Key} → {e.Value}").ToList();
        Check(ReferenceEquals(hosts, facts.EtcHosts), "/etc/hosts lists every node", new WriteHostsFile(name, hosts, missing.Count > 0 ? missing : ["stray entries removed"]));
        Check(facts.TimeSynchronized != false, "clock is synchronised", new WaitForTimeSync(name, TimeSyncLimit));
        MicroK8sSteps(host, facts.MicroK8s, reboot, Check, warnings);
        return (steps, passed);
    }

    static void MicroK8sSteps(ClusterHost host, MicroK8sFacts? microk8s, bool rebooting, Action<bool, string, HostStep[]> check, List<string> warnings)
    {
        var name = host.Name;
        var user = host.Target.Connection.User;
        var needsGroup = user != "root";
        var wait = new WaitForMicroK8s(name, host.Spec.ReadyTimeout);
        if (microk8s is null)
        {
            HostStep[] install = [new InstallMicroK8s(name, host.Spec.Channel), new HoldMicroK8s(name)];
            check(false, "", [.. install, .. needsGroup ? [new AddToMicroK8sGroup(name, user)] : Array.Empty<HostStep>(), wait]);
            return;
        }
        if (microk8s.Channel != host.Spec.Channel)
            warnings.Add($"{name} tracks microk8s {microk8s.Channel}, the inventory asks for {host.Spec.Channel}: PiCluster does not change the version of an installed node; "
                + $"upgrade one node at a time, control planes first: sudo snap refresh microk8s --channel={host.Spec.Channel}");
        check(true, $"microk8s {microk8s.Channel} is installed", []);
        check(microk8s.Held, "microk8s refreshes are held", [new HoldMicroK8s(name)]);
        if (needsGroup) check(host.Facts!.LoginGroups.Contains("microk8s"), $"{user} is in the microk8s group", [new AddToMicroK8sGroup(name, user)]);
        // A worker cannot tell whether it runs (its status points at the control plane); a reboot restarts everything.
        var running = microk8s.Role == MicroK8sRole.Worker || microk8s.Running;
        check(running && !rebooting, "microk8s is running", [wait]);
    }
}
