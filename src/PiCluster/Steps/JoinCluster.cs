using System.Security.Cryptography;
using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Joins one Pi with a fresh token from <see cref="Issuer"/>, then waits until a control plane lists it Ready at its address.</summary>
public sealed record JoinCluster(string Host, string HostAddress, MicroK8sRole Role, string Issuer, string IssuerAddress, TimeSpan ReadyLimit) : HostStep(Host)
{
    static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);

    string RoleName => Role == MicroK8sRole.Worker ? "worker" : "control plane";

    public override IEnumerable<string> Involves => [Host, Issuer];

    public override string Describe() => $"join the cluster as a {RoleName} via {Issuer} ({IssuerAddress}) and wait until it is Ready";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var issuer = context[Issuer];
        var token = context.Secret(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var issued = await issuer.ChangeAsync(MicroK8s.AddNode(token, TokenLifetime), TimeSpan.FromMinutes(1), ct);
        if (!issued.Succeeded) throw new StepException(issuer.Failed($"issuing a join token for {Host}", issued));
        var url = MicroK8s.JoinUrl(issued.StdOut, IssuerAddress)
            ?? throw new StepException($"add-node on {Issuer} did not print the JSON asked for with --format json; is microk8s there older than 1.19?");
        var joined = await context[Host].ChangeAsync(MicroK8s.Join(url, Role == MicroK8sRole.Worker), TimeSpan.FromMinutes(6), ct);
        if (!joined.Succeeded) throw new StepException(JoinDiagnosis.Explain(Host, Issuer, IssuerAddress, HostAddress, joined));
        // "Successfully joined" is printed even when the datastore never converges: only the cluster's own node list proves it.
        if (!await context.WaitUntilAsync(token => ReadyAsync(issuer, token), ReadyLimit, ct))
            throw new StepException($"{Host} said it joined, but {Issuer} does not list it Ready at {HostAddress} after {ReadyLimit.TotalSeconds:0} s: run `sudo microk8s inspect` on {Host}, then re-run");
        return StepResult.Done;
    }

    async Task<bool> ReadyAsync(RemoteHost issuer, CancellationToken ct)
    {
        var nodes = await issuer.QueryAsync(MicroK8s.Nodes, TimeSpan.FromSeconds(30), ct);
        return nodes.Succeeded && Membership.IsReady(MicroK8sOutput.ParseNodes(nodes.StdOut), Host, HostAddress);
    }
}
