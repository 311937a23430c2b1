using System.Diagnostics;
using PiCluster.Lab.Simulator.Disks;
using PiCluster.Lab.Simulator.MicroCeph;
using PiCluster.Lab.Simulator.MicroK8s;
using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator;

/// <summary>Entry point: `picluster-sim --lab DIR --node NAME (snap|microk8s|microceph|ceph|lsblk|fault|reflash) ARGS...`.</summary>
public static class Simulator
{
    public static int Run(string[] argv, Output output)
    {
        Native.ClearUmask();
        var clock = Stopwatch.StartNew();
        if (!Invocation.TryParse(argv, out var invocation, out var usage))
        {
            output.Error(usage);
            return 2;
        }

        var code = Dispatch(invocation, output);
        CallLog.Append(invocation, code, clock.Elapsed);
        return code;
    }

    static int Dispatch(Invocation invocation, Output output)
    {
        try
        {
            return invocation.Program switch
            {
                "snap" => SnapCommand.Run(invocation, output),
                "microk8s" => MicroK8sCommand.Run(invocation, output),
                "microceph" => MicroCephCommand.Run(invocation, output),
                "ceph" => CephCommand.Run(invocation, output),
                "lsblk" => LsblkCommand.Run(invocation, output),
                "fault" => FaultCommand.Run(invocation, output),
                "reflash" => Cluster.NodeForget.Run(invocation, output),
                var other => output.Fail($"picluster-sim: unknown program '{other}' (expected snap, microk8s, microceph, ceph, lsblk, fault or reflash)", 2),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A simulator bug must not look like a MicroK8s failure the tool could handle.
            output.Error($"picluster-sim: internal error: {e}");
            return 70;
        }
    }
}
