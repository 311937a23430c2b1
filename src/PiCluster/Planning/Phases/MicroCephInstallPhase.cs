using PiCluster.Steps;

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
        if (microceph.Channel != storage.Channel)
        {
            host.Warn($"{host.Name} tracks microceph {microceph.Channel}, the inventory asks for {storage.Channel}: PiCluster does not change the version of an installed "
                + $"MicroCeph; upgrade one Pi at a time, keeping Ceph HEALTH_OK between them: sudo snap refresh microceph --channel={storage.Channel}");
        }

        host.Check(microceph.Held, "microceph refreshes are held", new HoldMicroCeph(host.Name));
    }
}
