using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

public static class ClockPhase
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static void Plan(HostPlanning host) =>
        host.Check(host.Facts.TimeSynchronized != false, "clock is synchronised", new WaitForTimeSync(host.Name, Limit));
}
