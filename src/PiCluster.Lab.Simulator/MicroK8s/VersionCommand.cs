using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s version` → `MicroK8s v1.32.9 revision 8511`.</summary>
public static class VersionCommand
{
    public static int Run(MicroK8sContext context, Output output)
    {
        var snap = SnapdStore.Installed(context.Invocation.Paths, context.Node, "microk8s");
        return snap is null
            ? output.Fail("microk8s is not installed")
            : output.Say($"MicroK8s {snap.Version} revision {snap.Revision}", 0);
    }
}
