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

        Check(facts.CloudInitSettings.Trim() == CloudInit.Settings.Trim(), "cloud-init leaves the hostname and /etc/hosts alone",
            new WriteCloudInitSettings(name, CloudInit.Unreadable(facts.CloudInitSettings)));
        Check(facts.Hostname == name, $"hostname is {name}", new SetHostname(name, facts.Hostname));
        var reboot = !facts.MemoryCgroupActive;
        steps.AddRange(CmdlineSteps(name, facts, reboot));
        Check(!reboot, "memory cgroup is on", new RebootHost(name, facts.BootId, host.Spec.RebootTimeout));
        var hosts = HostsFile.Ensure(facts.EtcHosts, hostsEntries);
        Check(ReferenceEquals(hosts, facts.EtcHosts), "/etc/hosts lists every node", new WriteHostsFile(name, hosts, HostsChanges(facts.EtcHosts, hostsEntries)));
        Check(facts.TimeSynchronized != false, "clock is synchronised", new WaitForTimeSync(name, TimeSyncLimit));
        MicroK8sSteps(host, facts.MicroK8s, reboot, Check, warnings);
        if (ExposedPassword(host) is { Count: > 0 } files)
            warnings.Add($"{name}: the become password is written in {string.Join(", ", files)}, where other users of the Pi can read it: "
                + $"this run rewrites {(files.Count > 1 ? "them" : "it")} without it; change the password (sudo passwd {host.Target.Connection.User})");
        return (steps, passed);
    }

    /// <summary>A damaged cmdline.txt is restored from its backup (or refused when there is none), else the flags are added when the cgroup is off.</summary>
    static IEnumerable<HostStep> CmdlineSteps(string name, HostFacts facts, bool reboot)
    {
        var cmdline = facts.Cmdline;
        var backup = facts.CmdlineBackup;
        if (cmdline.Damage is { } damage)
            yield return backup.Exists && backup.Damage is null
                ? new AddCgroupFlags(name, backup.Line!, backup.WithMemoryCgroupFlags(), damage)
                : new Refuse(name, $"{AddCgroupFlags.Path} is damaged ({damage}) and there is no sound cmdline.txt.picluster.bak to restore it from: "
                    + $"write the Pi's kernel command line back as one line (Ubuntu 24.04 ships `{BootCmdline.Ubuntu2404}`), then re-run");
        else if (reboot && !cmdline.HasMemoryCgroupFlags)
            yield return cmdline.Exists
                ? new AddCgroupFlags(name, cmdline.Line!, cmdline.WithMemoryCgroupFlags())
                : new Refuse(name, $"there is no {AddCgroupFlags.Path} to turn the memory cgroup on in: flash Ubuntu Server 24.04 LTS for Raspberry Pi");
    }

    static List<string> HostsChanges(string etcHosts, IReadOnlyDictionary<string, string> entries)
    {
        var changes = HostsFile.Missing(etcHosts, entries).Select(e => $"{e.Key} → {e.Value}").ToList();
        var strays = HostsFile.Strays(etcHosts);
        if (strays > 0) changes.Add($"drop {strays} line{(strays > 1 ? "s" : "")} that {(strays > 1 ? "are" : "is")} not a host entry");
        return changes.Count > 0 ? changes : ["stray entries removed"];
    }

    /// <summary>The files the probe read that hold the become password as a line of its own.</summary>
    static List<string> ExposedPassword(ClusterHost host)
    {
        if (host.Target.BecomePassword is not { Length: > 0 } password) return [];
        var facts = host.Facts!;
        (string Path, string? Text)[] files = [(AddCgroupFlags.Path, facts.Cmdline.Text), (CloudInit.SettingsPath, facts.CloudInitSettings), ("/etc/hosts", facts.EtcHosts)];
        return [.. files.Where(f => f.Text is not null && f.Text.Split('\n').Any(line => line.Trim() == password)).Select(f => f.Path)];
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
