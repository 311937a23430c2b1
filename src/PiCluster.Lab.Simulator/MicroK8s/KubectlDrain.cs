namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl drain NODE...` as kubectl's pkg/drain runs it (reference day-2 §2.5): cordon, refuse DaemonSet and
/// emptyDir pods unless told, evict the rest, retry PDB refusals every 5 s until --timeout; the cordon stays on failure.</summary>
public static class KubectlDrain
{
    const string PdbRefusal = "Cannot evict pod as it would violate the pod's disruption budget.";

    public static int Run(MicroK8sContext context, ClusterView view, IReadOnlyList<string> args, Output output)
    {
        if (DrainOptions.Parse(args, output, out var exit) is not { } options)
            return exit;

        if (KubectlCordon.Missing(view, options.Nodes) is { } missing)
            return output.Fail($"Error from server (NotFound): nodes \"{missing}\" not found");

        foreach (var name in options.Nodes)
            output.Line($"node/{name} {KubectlCordon.Set(context, name, cordon: true)}");

        List<string> fatal = [];
        List<string> pending = [];
        foreach (var name in options.Nodes)
        {
            if (Drain(context, options, name, output) is not { } errors)
            {
                output.Line($"node/{name} drained");
                continue;
            }

            output.Error($"error: unable to drain node \"{name}\" due to error: {Aggregate(errors)}, continuing command...");
            fatal.AddRange(errors);
            pending.Add(name);
            output.Error("There are pending nodes to be drained:");
            foreach (var node in pending)
                output.Error($" {node}");
        }

        // cmdutil.CheckErr unwraps the aggregate and prints its errors one per line, without an "error: " prefix.
        foreach (var error in fatal)
            output.Error(error);

        return fatal.Count == 0 ? 0 : 1;
    }

    /// <summary>Null when the node was drained, else the errors kubectl aggregates.</summary>
    static List<string>? Drain(MicroK8sContext context, DrainOptions options, string name, Output output)
    {
        var pods = PodsOn(context, name);
        var daemons = pods.Where(p => p.DaemonSet).ToList();
        var local = pods.Where(p => !p.DaemonSet && p.EmptyDir).ToList();
        List<string> refusals = [];
        if (daemons.Count > 0 && !options.IgnoreDaemonSets)
            refusals.Add($"cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): {Keys(daemons)}");

        if (local.Count > 0 && !options.DeleteEmptyDirData)
            refusals.Add($"cannot delete Pods with local storage (use --delete-emptydir-data to override): {Keys(local)}");

        if (refusals.Count > 0)
            return refusals;

        // The emptyDir warning is dropped by kubectl's later filters for pods that have a controller; only this one shows.
        if (daemons.Count > 0)
            output.Error($"Warning: ignoring DaemonSet-managed Pods: {Keys(daemons)}");

        var errors = Evict(context, options, name, [.. pods.Where(p => !p.DaemonSet)], output);
        if (errors.Count == 0)
            return null;

        var left = PodsOn(context, name).Where(p => !p.DaemonSet).ToList();
        if (left.Count > 0)
        {
            output.Error($"There are pending pods in node \"{name}\" when an error occurred: {Aggregate(errors)}");
            foreach (var pod in left)
                output.Error($"pod/{pod.Name}");
        }

        return errors;
    }

    /// <summary>Every pod gets `evicting pod` per attempt; a PDB refusal is retried after 5 s, and once the global
    /// timeout has passed the next attempt gives up instead. kubectl prints `pod/X evicted` once the pod is gone, so the
    /// first evictions wait Delays.DrainMs for the pods to terminate, once per node (that wait is not cut short by --timeout).</summary>
    static List<string> Evict(MicroK8sContext context, DrainOptions options, string name, List<KubePod> pods, Output output)
    {
        var deadline = options.Timeout == TimeSpan.Zero ? DateTimeOffset.MaxValue : DateTimeOffset.UtcNow + options.Timeout;
        var labNode = context.View().Cluster!.KubeNodes.First(n => n.Name == name).Node;
        List<string> errors = [];
        var terminated = false;
        while (pods.Count > 0)
        {
            List<KubePod> blocked = [];
            List<KubePod> evicted = [];
            foreach (var pod in pods)
            {
                output.Line($"evicting pod {pod.Namespace}/{pod.Name}");
                if (DateTimeOffset.UtcNow >= deadline)
                {
                    errors.Add($"error when evicting pods/\"{pod.Name}\" -n \"{pod.Namespace}\": global timeout reached: {GoDuration.Format(options.Timeout)}");
                }
                else if (Protected(pod) && FaultStore.Peek(context.Invocation.Paths, labNode, "drain")?.Is("pdb-blocked") == true)
                {
                    output.Error($"error when evicting pods/\"{pod.Name}\" -n \"{pod.Namespace}\" (will retry after 5s): {PdbRefusal}");
                    blocked.Add(pod);
                }
                else
                {
                    context.Store.Update(state => PodScheduler.Evict(state.ClusterOf(context.Node)!, pod, DateTimeOffset.UtcNow));
                    evicted.Add(pod);
                }
            }

            if (evicted.Count > 0 && !terminated)
            {
                Thread.Sleep(context.Invocation.Delays.DrainMs);
                terminated = true;
            }

            output.Lines(evicted.Select(p => $"pod/{p.Name} evicted"));
            pods = blocked;
            if (pods.Count > 0)
                Thread.Sleep(TimeSpan.FromSeconds(5));
        }

        if (errors.Count > 0)
            FaultStore.Take(context.Invocation.Paths, labNode, "drain");

        return errors;
    }

    /// <summary>The PodDisruptionBudget default/web (minAvailable 1) selects the web Deployment's pods.</summary>
    public static bool Protected(KubePod pod) => pod.Namespace == "default" && pod.OwnerName.StartsWith("web-", StringComparison.Ordinal);

    static List<KubePod> PodsOn(MicroK8sContext context, string name) =>
        [.. context.View().Cluster!.Pods.Where(p => p.Node == name)
            .OrderBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)];

    static string Keys(IEnumerable<KubePod> pods) => string.Join(", ", pods.Select(p => p.Key));

    /// <summary>utilerrors.NewAggregate's message: one error as it is, several as `[a, b]`.</summary>
    static string Aggregate(List<string> errors) => errors.Count == 1 ? errors[0] : $"[{string.Join(", ", errors)}]";
}
