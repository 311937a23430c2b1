using PiCluster.Lab.Simulator.MicroCeph;
using PiCluster.Lab.Simulator.MicroK8s;

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap start|stop|restart microk8s|microceph`: the snap's services (microk8s: the same switch as `microk8s start|stop`).</summary>
public static class SnapServices
{
    public static int Run(Invocation invocation, string verb, IReadOnlyList<string> args, Output output)
    {
        if (new Flags(args).Positional is not [var name, ..])
            return output.Fail("error: the required argument `<service> (at least 1 argument)` was not provided");

        var snap = name.Split('.')[0];
        if (SnapdStore.Installed(invocation.Paths, invocation.Node, snap) is null)
        {
            return output.Fail($"error: snap \"{snap}\" not found");
        }

        if (snap == "microceph")
            MicroCephInstaller.SetDaemon(invocation, running: verb != "stop");

        if (snap == "microk8s")
        {
            if (verb != "start")
                MicroK8sServices.Stop(invocation);

            if (verb != "stop")
                MicroK8sServices.Start(invocation);
        }

        return output.Say(verb switch { "start" => "Started.", "stop" => "Stopped.", _ => "Restarted." }, 0);
    }
}
