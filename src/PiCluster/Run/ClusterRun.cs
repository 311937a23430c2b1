using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Recap;
using PiCluster.Remote;
using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>Whether a run goes on from its plan to its steps; <c>controlPlane(purpose)</c> is the first Ready control plane, or an error naming why none is.</summary>
public delegate Task<bool> ProceedGate(Plan plan, Func<string, ReadyControlPlane> controlPlane, CancellationToken ct);

/// <summary>One command over the cluster, from the inventory to the recap: one connection per inventory host (kept for the
/// whole run), one facts probe each, a plan from the command's planner, its steps when the command applies it, and the
/// facts read again for the cluster as it then is. `plan`, `up` and `status` are this run with `up`'s planner.</summary>
public sealed class ClusterRun : IAsyncDisposable
{
    static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(90);

    readonly RunScope scope;
    readonly IRunEvents events;
    readonly Dictionary<string, RemoteHost> remotes;

    public ClusterRun(RunScope scope, IRemoteConnector connector, IRunEvents events)
    {
        this.scope = scope;
        this.events = events;
        remotes = scope.Everyone.ToDictionary(t => t.Name, t => new RemoteHost(t, connector, events.Log));
    }

    /// <summary>The clock steps wait by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The plan and the cluster as the facts show it; nothing changes.</summary>
    public async Task<RunResult> PlanAsync(IPlanner planner, CancellationToken ct)
    {
        var hosts = await GatherAsync(planner, ct);
        var plan = PlanOf(planner, hosts);
        events.Planned(plan);
        return new(plan, [], null, ClusterSummary.From(plan.Cluster, hosts));
    }

    /// <summary>The plan, its steps, and the cluster as the facts read after them show it. <paramref name="proceed"/>, when given,
    /// sees the plan once it is shown and may stop the run before anything changes (a question, a backup); it is given a way to the
    /// first Ready control plane.</summary>
    public async Task<RunResult> ApplyAsync(IPlanner planner, CancellationToken ct, ProceedGate? proceed = null)
    {
        var hosts = await GatherAsync(planner, ct);
        var plan = PlanOf(planner, hosts);
        events.Planned(plan);
        if (plan.Refused) return new(plan, [], null, ClusterSummary.From(plan.Cluster, hosts));
        if (proceed is not null && plan.ChangeCount > 0 && !await proceed(plan, purpose => ReadyControlPlaneOf(hosts, purpose), ct))
            return new(plan, [], null, ClusterSummary.From(plan.Cluster, hosts)) { NotApplied = true };
        var runLock = RunLock.For(planner.Command);
        foreach (var remote in remotes.Values) remote.Lock = runLock;
        var context = new StepContext(remotes, Clock, events.Secret);
        var done = await new PlanRunner(context, scope.Forks, events.Stepped).RunAsync(plan, ct);
        if (ct.IsCancellationRequested)
            return new(plan, done, HostRecap.From(plan, done), ClusterSummary.From(plan.Cluster, hosts)) { Interrupted = true };
        var after = done.Count == 0 ? hosts : await ReadAgainAsync(hosts, ct);
        var cluster = ClusterSummary.From(ClusterAnalysis.Analyse(after), after);
        var recap = HostRecap.From(plan, done);
        return new(plan, done, recap, cluster) { Shortfalls = planner.Shortfalls(after, cluster, recap), Versions = HostVersions.From(hosts, after) };
    }

    /// <summary>The planner's plan, naming the hosts outside --limit that the run read.</summary>
    static Plan PlanOf(IPlanner planner, IReadOnlyList<ClusterHost> hosts) =>
        planner.Plan(hosts) with { ReadOnly = [.. hosts.Where(h => !h.Selected && h.Contacted).Select(h => h.Name)] };

    /// <summary>The cluster as it is and every way it differs from the inventory.</summary>
    public async Task<ClusterStatus> StatusAsync(CancellationToken ct) =>
        ClusterStatus.From((await PlanAsync(new UpPlanner(RepairStale: false), ct)).Plan);

    /// <summary>The first selected control plane, in inventory order, that is a Ready node of the cluster, for a command that
    /// reads or changes the whole cluster through one control plane (<paramref name="purpose"/>: "to read the kubeconfig from").</summary>
    public async Task<ReadyControlPlane> ReadyControlPlaneAsync(string purpose, CancellationToken ct) => ReadyControlPlaneOf(await GatherAsync(null, ct), purpose);

    ReadyControlPlane ReadyControlPlaneOf(IReadOnlyList<ClusterHost> hosts, string purpose)
    {
        var picture = ClusterAnalysis.Analyse(hosts);
        var controlPlanes = hosts.Where(h => h.Selected && h.Spec.Role == MicroK8sRole.ControlPlane).ToList();
        var ready = controlPlanes.FirstOrDefault(h => h.MicroK8s is { Role: MicroK8sRole.ControlPlane, Running: true }
            && picture.Nodes.Any(n => n.Ready && n.ControlPlane && n.Address == h.Address));
        if (ready is null)
        {
            var why = controlPlanes.Select(h => $"{h.Name}: {h.Unreachable ?? (h.MicroK8s is null ? "no MicroK8s" : "not a Ready control plane")}");
            throw new RemoteException(RemoteFailure.CommandFailed,
                $"no control plane is a Ready node {purpose} ({(controlPlanes.Count == 0 ? "the selection has none" : string.Join("; ", why))}); "
                + "see `picluster status`, and `picluster up` to build the cluster");
        }
        var first = hosts.First(h => h.Spec.Role == MicroK8sRole.ControlPlane);
        return new(remotes[ready.Name], first.Spec.ClusterName, first.Spec.ApiAddress ?? first.Target.Connection.Address);
    }

    /// <summary>Every inventory host, as the planner needs the cluster's view: the selected ones and the cluster's control planes
    /// outside the selection (<see cref="ClusterPeers"/>) with their facts, the others never connected to. Settings are read first,
    /// so a bad inventory value stops the run before anything connects. Ceph's monitor and OSD maps are read only when the
    /// <paramref name="planner"/> removes something: two more `ceph` calls per storage Pi would slow every other run.</summary>
    async Task<IReadOnlyList<ClusterHost>> GatherAsync(IPlanner? planner, CancellationToken ct)
    {
        var specs = scope.Everyone.ToDictionary(t => t.Name, t => NodeSpec.From(t.Host));
        var cephMaps = planner?.ReadsCephMaps(specs.Values) == true;
        var selected = await ReadAsync(scope.Targets, specs, selected: true, cephMaps, ct);
        var peers = await ReadAsync(ClusterPeers.Of(selected, scope.Everyone, specs), specs, selected: false, cephMaps, ct);
        var read = selected.Concat(peers).ToDictionary(h => h.Name);
        return [.. scope.Everyone.Select(t => read.GetValueOrDefault(t.Name)
            ?? new ClusterHost(t, specs[t.Name], t.Connection.Address, null, "outside --limit, not read", Selected: false) { Contacted = false })];
    }

    async Task<IReadOnlyList<ClusterHost>> ReadAsync(
        IReadOnlyList<HostTarget> targets, Dictionary<string, NodeSpec> specs, bool selected, bool cephMaps, CancellationToken ct)
    {
        if (targets.Count == 0) return [];
        var outcomes = await ProbeAsync(targets, "facts", selected ? "facts gathered" : "facts gathered (read only: a control plane outside --limit)", specs, cephMaps, ct);
        var hosts = new List<ClusterHost>();
        foreach (var outcome in outcomes)
        {
            var target = outcome.Target;
            var (address, unresolved) = await HostAddresses.ResolveAsync(target.Connection.Address, ct);
            hosts.Add(new(target, specs[target.Name], address, unresolved is null ? outcome.Value : null, unresolved ?? outcome.Message, selected)
            {
                FactsElapsed = outcome.Elapsed,
            });
        }
        return hosts;
    }

    /// <summary>After changes, the hosts that answered are probed again; one that does not answer now is unreachable.</summary>
    async Task<IReadOnlyList<ClusterHost>> ReadAgainAsync(IReadOnlyList<ClusterHost> hosts, CancellationToken ct)
    {
        var answered = hosts.Where(h => h.Facts is not null).ToList();
        var outcomes = (await ProbeAsync([.. answered.Select(h => h.Target)], "recap", "facts read again", answered.ToDictionary(h => h.Name, h => h.Spec), cephMaps: false, ct))
            .ToDictionary(o => o.Target.Name);
        return [.. hosts.Select(h => outcomes.TryGetValue(h.Name, out var again) ? h with { Facts = again.Value, Unreachable = again.Message } : h)];
    }

    Task<IReadOnlyList<HostOutcome<HostFacts>>> ProbeAsync(
        IReadOnlyList<HostTarget> targets, string work, string done, Dictionary<string, NodeSpec> specs, bool cephMaps, CancellationToken ct) =>
        HostsWork.RunAsync(targets, scope.Forks, events, work,
            async (target, token) => await GatherFacts.RunAsync(
                await remotes[target.Name].SessionAsync(token), new ProbeScope(specs[target.Name].Storage is not null, cephMaps), ProbeTimeout, token),
            _ => done, ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var remote in remotes.Values) await remote.DisposeAsync();
    }
}
