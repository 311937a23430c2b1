using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Phases;

public static class CloudInitPhase
{
    public static void Plan(HostPlanning host) =>
        host.Check(host.Facts.CloudInitSettings.Trim() == CloudInit.Settings.Trim(), "cloud-init leaves the hostname and /etc/hosts alone",
            new WriteCloudInitSettings(host.Name, CloudInit.Unreadable(host.Facts.CloudInitSettings)));
}
