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

    /// <summary>How long a control plane may stay down after its join said it succeeded: join.py restarts the services
    /// before it prints that, so one still down this long has a datastore that never converged.</summary>
    static readonly TimeSpan DownAfterJoin = TimeSpan.FromSeconds(60);

    string RoleName => Role == MicroK8sRole.Worker ? "worker" : "control plane";

    public override IEnumerable<string> Involves => [Host, Issuer];

    public override string Describe() => $"join the cluster as a {RoleName} via {Issuer} ({IssuerAddress}) and wait until it is Ready";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        if (Role == MicroK8sRole.ControlPlane && context.UnfinishedMembershipChange is { } unfinished)
        {
            throw new StepException($"{Host} was not joined: {unfinished}, and the datastore takes one membership change at a time; "
                + "re-run picluster up once that Pi is back: it repairs the cut-off join and then joins the others");
        }

        var issuer = context[Issuer];
        var token = context.Secret(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var issued = await issuer.ChangeAsync(MicroK8s.AddNode(token, TokenLifetime), TimeSpan.FromMinutes(1), ct);
        if (!issued.Succeeded) throw new StepException(issuer.Failed($"issuing a join token for {Host}", issued));
        var url = MicroK8s.JoinUrl(issued.StdOut, IssuerAddress)
            ?? throw new StepException($"add-node on {Issuer} did not print the JSON asked for with --format json; is microk8s there older than 1.19?");
        CommandResult joined;
        try
        {
            joined = await context[Host].ChangeAsync(MicroK8s.Join(url, Role == MicroK8sRole.Worker), TimeSpan.FromMinutes(6), ct);
        }
        catch (RemoteException e) when (e.Reason is RemoteFailure.Disconnected or RemoteFailure.Timeout && Role == MicroK8sRole.ControlPlane)
        {
            context.UnfinishedMembershipChange = $"the join of {Host} via {Issuer} was cut off halfway";
            throw;
        }
        if (!joined.Succeeded) throw new StepException(JoinDiagnosis.Explain(Host, Issuer, IssuerAddress, HostAddress, joined));
        // "Successfully joined" is printed even when the datastore never converges: only the cluster's own node list proves it.
        var down = new DownWatch(context, context[Host], Role);
        if (!await context.WaitUntilAsync(async token => await ReadyAsync(issuer, token) || await down.TooLongAsync(token), ReadyLimit, ct))
            throw new StepException($"{Host} said it joined, but {Issuer} does not list it Ready at {HostAddress} after {ReadyLimit.TotalSeconds:0} s: run `sudo microk8s inspect` on {Host}, then re-run");
        if (down.Expired)
        {
            throw new StepException($"{Host} said it joined, but its MicroK8s has not run for {DownAfterJoin.TotalSeconds:0} s since and {Issuer} does not list it: "
                + $"the join did not converge; re-run picluster up: it removes MicroK8s from {Host} and joins it afresh");
        }

        return StepResult.Done;
    }

    /// <summary>Watches a joined control plane's own `microk8s status` every few seconds while the issuer's list is awaited.</summary>
    sealed class DownWatch(StepContext context, RemoteHost host, MicroK8sRole role)
    {
        static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        long? lastLook;
        long? downSince;

        public bool Expired { get; private set; }

        public async Task<bool> TooLongAsync(CancellationToken ct)
        {
            // A worker's status cannot say whether it runs.
            if (role == MicroK8sRole.Worker || (lastLook is { } last && context.Clock.GetElapsedTime(last) < Every)) return false;
            lastLook = context.Clock.GetTimestamp();
            var status = await host.QueryAsync($"{MicroK8s.Binary} {MicroK8sOutput.StatusArgs}", TimeSpan.FromSeconds(30), ct);
            if (MicroK8sOutput.ParseRunning(status.StdOut)) downSince = null;
            else downSince ??= lastLook;
            Expired = downSince is { } since && context.Clock.GetElapsedTime(since) >= DownAfterJoin;
            return Expired;
        }
    }

    async Task<bool> ReadyAsync(RemoteHost issuer, CancellationToken ct)
    {
        var nodes = await issuer.QueryAsync(MicroK8s.Nodes, TimeSpan.FromSeconds(30), ct);
        return nodes.Succeeded && Membership.IsReady(MicroK8sOutput.ParseNodes(nodes.StdOut), Host, HostAddress);
    }
}
