using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

public static class HostnamePhase
{
    public static void Plan(HostPlanning host) =>
        host.Check(host.Facts.Hostname == host.Name, $"hostname is {host.Name}", new SetHostname(host.Name, host.Facts.Hostname));
}
