using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>`microk8s remove-node` on a control plane that stays, then a wait until the node is gone from `kubectl get nodes` and
/// its address from the datastore's members. <see cref="Force"/> also takes a Pi that never left (dead) out of the datastore.</summary>
public sealed record RemoveNode(string Host, string Via, string Address, bool Force, TimeSpan Timeout) : HostStep(Host)
{
    /// <summary>The Pi itself too: after its leave failed, it must not be taken out behind its back.</summary>
    public override IEnumerable<string> Involves => [Host, Via];

    public override string Describe() =>
        $"microk8s remove-node {Host}{(Force ? " --force" : "")} on {Via}, then wait until it is gone from the nodes and the datastore";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var via = context[Via];
        var result = await via.ChangeAsync(MicroK8s.RemoveNode(Host, Force), TimeSpan.FromMinutes(2), ct);
        var known = !result.StdOut.Contains($"Node {Host} does not exist in Kubernetes.", StringComparison.Ordinal);
        if (!result.Succeeded && known)
            throw new StepException($"{via.Failed($"microk8s remove-node {Host}", result)}; see `picluster status`, then re-run `picluster up`");
        if (!known && Force) await via.ChangeAsync(MicroK8s.RemoveNode(Address, force: true), TimeSpan.FromMinutes(2), ct);
        if (!await context.WaitUntilAsync(token => GoneAsync(via, token), Timeout, ct))
        {
            throw new StepException($"{Host} was still a node or a datastore member {Timeout.TotalSeconds:0} s after remove-node on {Via}: "
                + "see `microk8s kubectl get nodes` there, then re-run `picluster up`");
        }
        return known ? StepResult.Done : StepResult.Unchanged;
    }

    async Task<bool> GoneAsync(Remote.RemoteHost via, CancellationToken ct)
    {
        var nodes = await via.QueryAsync(MicroK8s.Nodes, TimeSpan.FromMinutes(1), ct);
        var datastore = await via.QueryAsync($"cat {MicroK8s.DatastoreFile}", TimeSpan.FromSeconds(30), ct);
        return nodes.Succeeded && datastore.Succeeded
            && !MicroK8sOutput.ParseNodes(nodes.StdOut).Any(n => n.Name == Host)
            && !Membership.InDatastore(MicroK8sOutput.ParseDatastore(datastore.StdOut), Address);
    }
}
