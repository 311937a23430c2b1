using PiCluster.Remote;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Cordon, then drain as PodDisruptionBudgets allow, through a control plane's kubectl: what an upgrade and a removal do
/// before a node goes down.</summary>
public static class NodeDrain
{
    /// <summary><paramref name="stays"/> says what state a failed drain leaves, for its message.</summary>
    public static async Task RunAsync(RemoteHost kubectl, string node, TimeSpan timeout, string stays, CancellationToken ct)
    {
        await kubectl.RequireChangeAsync($"cordoning {node}", MicroK8s.Cordon(node), TimeSpan.FromMinutes(1), ct);
        var drain = await kubectl.ChangeAsync(MicroK8s.Drain(node, timeout), timeout + TimeSpan.FromMinutes(1), ct);
        if (!drain.Succeeded) throw new StepException(DrainFailure.Explain(node, $"{drain.StdOut}\n{drain.StdErr}", timeout, stays));
    }
}
