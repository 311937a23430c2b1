using PiCluster.Lab.Simulator.MicroCeph;
using PiCluster.Lab.Simulator.MicroK8s;

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap remove NAME... [--purge]` (day-2 §1.6). Neither snap leaves its cluster: the others keep a stale dqlite member and a NotReady
/// Node, or a MicroCeph member shown UNREACHABLE with its mon and OSDs down.</summary>
public static class SnapRemove
{
    public static int Run(Invocation invocation, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var purge = flags.Has("--purge");
        var names = flags.Positional;
        if (names.Count == 0)
            return output.Fail("error: the required argument `<snap> (at least 1 argument)` was not provided");

        var store = SnapdStore.For(invocation.Paths, invocation.Node);
        foreach (var name in names)
        {
            var removed = store.Update(state => state.Snaps.RemoveAll(s => s.Name == name) > 0);
            if (!removed)
            {
                output.Error($"snap \"{name}\" is not installed");
                continue;
            }

            if (name == "microk8s")
            {
                // The snap's remove hook kills the containers and sleeps 5 s + 10 s (day-2 §1.6).
                Thread.Sleep(invocation.Delays.SnapRemoveMs);
                MicroK8sInstaller.Remove(invocation);
            }
            else if (name == "microceph")
            {
                MicroCephInstaller.Remove(invocation);
            }

            output.Line(purge ? $"{name} removed" : $"{name} removed (snap data snapshot saved)");
        }

        return 0;
    }
}
