using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Phases;

/// <summary>MicroK8s installed from the inventory's channel, refreshes held, the login user in its group, and running.
/// An installed node on another channel is reported, never changed; one whose join was cut off or never converged is
/// removed first and set up afresh, to join again.</summary>
public static class MicroK8sPhase
{
    public static void Plan(HostPlanning host)
    {
        var (name, spec, microk8s) = (host.Name, host.Host.Spec, host.Facts.MicroK8s);
        var user = host.Host.Target.Connection.User;
        var needsGroup = user != "root";
        var wait = new WaitForMicroK8s(name, spec.ReadyTimeout);
        if (host.Cluster.HalfJoined.TryGetValue(name, out var why))
        {
            host.Add(new PurgeMicroK8s(name, why));
            microk8s = null;
        }
        if (microk8s is null)
        {
            host.Add(new InstallMicroK8s(name, spec.Channel));
            host.Add(new HoldMicroK8s(name));
            if (needsGroup) host.Add(new AddToMicroK8sGroup(name, user));
            host.Add(wait);
            return;
        }
        if (SnapChannel.Parse(microk8s.Channel) != SnapChannel.Parse(spec.Channel))
        {
            host.Warn($"{name} tracks microk8s {microk8s.Channel}, the inventory asks for {spec.Channel}: `up` does not change the version of a node; "
                + "`picluster upgrade` moves the nodes one at a time, one minor at a time");
        }

        host.Check(true, $"microk8s {microk8s.Channel} is installed");
        host.Check(microk8s.Held, "microk8s refreshes are held", new HoldMicroK8s(name));
        if (needsGroup) host.Check(host.Facts.LoginGroups.Contains("microk8s"), $"{user} is in the microk8s group", new AddToMicroK8sGroup(name, user));
        // A worker cannot tell whether it runs (its status points at the control plane); a reboot restarts everything.
        var running = microk8s.Role == MicroK8sRole.Worker || microk8s.Running;
        host.Check(running && host.Facts.MemoryCgroupActive, "microk8s is running", wait);
    }
}
