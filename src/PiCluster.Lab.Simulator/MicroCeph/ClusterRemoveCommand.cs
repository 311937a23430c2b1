namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster remove NAME [-f|--force]` (day-2 §6.2; cluster_remove.go, squid ceph/remove.go, microcluster v2 cluster.go): silent on
/// success. The PreRemove hook runs on the member being removed: without --force it refuses a member with disks or one whose departure leaves fewer
/// than 3 mon, 1 mgr, 1 mds; then it removes the member's services (its mon leaves the monmap) and the member is reset (uninitialised). --force
/// ignores a failing or unreachable hook: a dead member's row goes, but its mon stays in the monmap and its OSDs in the OSD map.</summary>
public static class ClusterRemoveCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var force = flags.Has("-f", "--force");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (flags.Positional is not [var name])
        {
            output.Lines(["Removes a server from the cluster", "", "Usage:", "  microceph cluster remove <NAME> [flags]", "", "Flags:",
                "  -f, --force   Forcibly remove the cluster member", "  -h, --help    help for remove"]);
            return 0;
        }

        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(MicroCephContext.NotInitialized);

        if (cluster.Members.FirstOrDefault(m => m.Name == name) is not { } member)
            return output.Fail($"Error: No remote exists with the given name \"{name}\"");

        if (cluster.Members.Count == 1)
            return output.Fail($"Error: Cannot leave a cluster with {cluster.Members.Count} members");

        var reachable = context.Online(member);
        var hookError = !reachable
            ? MemberRequest.Unreachable(context, member, "POST", "/core/internal/hooks/pre-remove")
            : force ? null : Prerequisites(cluster, name);
        if (hookError is not null && !force)
            return output.Fail($"Error: Failed to execute pre-remove hook on cluster member \"{name}\": {hookError}");

        context.Store.Update(state =>
        {
            var record = state.Clusters[cluster.Fsid];
            var index = record.Members.FindIndex(m => m.Name == name);
            var removed = record.Members[index];
            record.Members.RemoveAt(index);
            for (var i = 0; i < record.Osds.Count; i++)
            {
                if (record.Osds[i].Location == name)
                    record.Osds[i] = record.Osds[i] with { Recorded = false };
            }

            if (reachable)
            {
                // The hook ran: `ceph mon rm` for its mon, and microcluster reset the member.
                if (removed.Services.Contains("mon"))
                {
                    record.MonMapChanges++;
                    record.MonMapModified = DateTimeOffset.UtcNow;
                }

                state.Nodes.Remove(removed.Node);
            }
            else
            {
                record.Departed.Add(removed);
            }

            return 0;
        });
        if (reachable)
            Reset(new MicroCephFiles(context.Invocation.Paths, member.Node));

        return 0;
    }

    /// <summary>checkPrerequisites (squid remove.go): the member's disks, then the services the others keep.</summary>
    static string? Prerequisites(CephClusterRecord cluster, string name)
    {
        if (cluster.Osds.Any(o => o.Recorded && o.Location == name))
            return $"Node {name} still has disks configured, remove before proceeding";

        var others = cluster.Members.Where(m => m.Name != name).ToList();
        int Count(string service) => others.Count(m => m.Services.Contains(service));
        return Count("mon") < 3 || Count("mgr") < 1 || Count("mds") < 1
            ? $"Insufficient non OSD services: need at least 3 mon, 1 mds, and 1 mgr services in the cluster besides those in node '{name}'"
            : null;
    }

    /// <summary>resetClusterMember: the state directory goes and the daemon restarts uninitialised (its socket is back at once).</summary>
    static void Reset(MicroCephFiles files)
    {
        var state = Path.GetDirectoryName(files.ControlSocket)!;
        foreach (var entry in Directory.Exists(state) ? Directory.EnumerateFileSystemEntries(state) : [])
        {
            if (entry == files.ControlSocket)
                continue;

            if (Directory.Exists(entry))
                Directory.Delete(entry, recursive: true);
            else
                File.Delete(entry);
        }
    }
}
