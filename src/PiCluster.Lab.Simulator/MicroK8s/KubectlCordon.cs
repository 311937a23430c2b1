namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl cordon|uncordon NODE...`: sets spec.unschedulable; prints kubectl's name printer line per node.</summary>
public static class KubectlCordon
{
    public static int Run(MicroK8sContext context, ClusterView view, bool cordon, IReadOnlyList<string> names, Output output)
    {
        var verb = cordon ? "cordon" : "uncordon";
        if (names.Count == 0)
            return output.Fail($"error: USAGE: {verb} NODE [flags]\nSee 'kubectl {verb} -h' for help and examples");

        if (Missing(view, names) is { } missing)
            return output.Fail($"Error from server (NotFound): nodes \"{missing}\" not found");

        foreach (var name in names)
            output.Line($"node/{name} {Set(context, name, cordon)}");

        return 0;
    }

    public static string? Missing(ClusterView view, IEnumerable<string> names) =>
        names.FirstOrDefault(name => view.Cluster!.KubeNodes.All(n => n.Name != name));

    /// <summary>Sets the flag and says what kubectl says: cordoned, already cordoned, uncordoned, already uncordoned.</summary>
    public static string Set(MicroK8sContext context, string name, bool cordon)
    {
        var changed = context.Store.Update(state =>
        {
            var cluster = state.ClusterOf(context.Node)!;
            var index = cluster.KubeNodes.FindIndex(n => n.Name == name);
            if (cluster.KubeNodes[index].Unschedulable == cordon)
                return false;

            cluster.KubeNodes[index] = cluster.KubeNodes[index] with { Unschedulable = cordon, CordonedAt = cordon ? DateTimeOffset.UtcNow : null };
            PodScheduler.Settle(cluster, DateTimeOffset.UtcNow);
            return true;
        });
        var done = cordon ? "cordoned" : "uncordoned";
        return changed ? done : "already " + done;
    }
}
