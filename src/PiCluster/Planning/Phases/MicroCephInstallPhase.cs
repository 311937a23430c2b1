using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Phases;

/// <summary>On a storage Pi: MicroCeph installed from the inventory's channel and its refreshes held. An installed MicroCeph on
/// another channel is reported, never changed.</summary>
public static class MicroCephInstallPhase
{
    public static void Plan(HostPlanning host)
    {
        if (host.Host.Spec.Storage is not { } storage) return;
        var microceph = host.Facts.MicroCeph;
        if (microceph is null)
        {
            host.Add(new InstallMicroCeph(host.Name, storage.Channel));
            host.Add(new HoldMicroCeph(host.Name));
            return;
        }
        if (SnapChannel.Parse(microceph.Channel) != SnapChannel.Parse(storage.Channel))
        {
            host.Warn($"{host.Name} tracks microceph {microceph.Channel}, the inventory asks for {storage.Channel}: `up` does not change the version of MicroCeph; "
                + "`picluster upgrade` moves the storage Pis one at a time, under noout");
        }

        host.Check(microceph.Held, "microceph refreshes are held", new HoldMicroCeph(host.Name));
    }
}
