using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>One node to another MicroK8s channel, as MicroK8s' upgrade guide does it: cordon, drain, `snap refresh`, ready again,
/// uncordon. kubectl runs on <see cref="Kubectl"/>, a control plane other than this node when there is one, so the API answers
/// while this node restarts. A control plane goes only while every other voter is Ready: the datastore keeps its majority.</summary>
public sealed record UpgradeMicroK8s(
    string Host, string Channel, string From, bool ControlPlane, string Kubectl, IReadOnlyList<string> OtherVoters, TimeSpan DrainTimeout, TimeSpan ReadyTimeout)
    : HostStep(Host)
{
    public override IEnumerable<string> Involves => Kubectl == Host ? [Host] : [Host, Kubectl];

    public override string Describe()
    {
        var voters = OtherVoters.Count == 0 ? "" : $"with {string.Join(", ", OtherVoters)} Ready (the other voters), ";
        var wave = Wave is null ? "" : " (workers of one wave go at once)";
        return $"microk8s {From} → {Channel}{wave}: {voters}cordon, drain (up to {DrainTimeout.TotalSeconds:0} s), snap refresh microk8s "
            + $"--channel={Channel} (the hold stays), {(ControlPlane ? "wait until ready, " : "")}wait until the node is Ready at "
            + $"v{KubernetesVersion.Track(Target)}, uncordon";
    }

    Version Target => SnapChannel.Parse(Channel).Minor!;

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var (node, kubectl) = (context[Host], context[Kubectl]);
        if (OtherVoters.Count > 0) await RequireVotersReadyAsync(kubectl, ct);
        var stays = $"{Host} stays cordoned on {From}, nothing else was changed";
        await NodeDrain.RunAsync(kubectl, Host, DrainTimeout, stays, ct);
        var refresh = await node.ChangeAsync(MicroK8s.Refresh(Channel), TimeSpan.FromMinutes(30), ct);
        if (!refresh.Succeeded)
        {
            throw new StepException($"{node.Failed($"snap refresh microk8s --channel={Channel}", refresh)}; snapd puts the previous revision back when a refresh "
                + $"fails, so {stays}: see `snap tasks --last=refresh` on {Host}, then re-run `picluster upgrade`");
        }

        var refreshed = $"{Host} is on {Channel} and cordoned";
        if (ControlPlane)
        {
            try
            {
                await new WaitForMicroK8s(Host, ReadyTimeout).ApplyAsync(context, ct);
            }
            catch (StepException e)
            {
                throw new StepException($"{e.Message}; {refreshed}: once it is ready, re-run `picluster upgrade` to finish it");
            }
        }
        if (!await ReadyAtTargetAsync(context, kubectl, ct))
        {
            throw new StepException($"{Host} was not a Ready node at v{KubernetesVersion.Track(Target)} within {ReadyTimeout.TotalSeconds:0} s of its refresh "
                + $"(`microk8s kubectl get nodes`); {refreshed}: see `sudo microk8s inspect` on it, then re-run `picluster upgrade` to finish it");
        }

        await kubectl.RequireChangeAsync($"uncordoning {Host}", MicroK8s.Uncordon(Host), TimeSpan.FromMinutes(1), ct);
        return StepResult.Done;
    }

    async Task RequireVotersReadyAsync(RemoteHost kubectl, CancellationToken ct)
    {
        var nodes = MicroK8sOutput.ParseNodes((await kubectl.QueryAsync(MicroK8s.Nodes, TimeSpan.FromMinutes(1), ct)).StdOut);
        var down = OtherVoters.Where(voter => nodes.FirstOrDefault(n => n.Name == voter) is not { Ready: true }).ToList();
        if (down.Count > 0)
        {
            throw new StepException($"{string.Join(", ", down)} {(down.Count == 1 ? "is" : "are")} not Ready, and taking {Host} down too would leave the datastore "
                + $"without a majority of its voters; nothing was changed on {Host}: bring {string.Join(", ", down)} back (`picluster status`), then re-run `picluster upgrade`");
        }
    }

    /// <summary>Whether the node is Ready with a kubelet of the target minor within the ready timeout.</summary>
    Task<bool> ReadyAtTargetAsync(StepContext context, RemoteHost kubectl, CancellationToken ct) =>
        context.WaitUntilAsync(async token =>
        {
            var nodes = MicroK8sOutput.ParseNodes((await kubectl.QueryAsync(MicroK8s.Nodes, TimeSpan.FromMinutes(1), token)).StdOut);
            return nodes.FirstOrDefault(n => n.Name == Host) is { Ready: true } node && KubernetesVersion.MinorOf(node.Version) == Target;
        }, ReadyTimeout, ct);
}
