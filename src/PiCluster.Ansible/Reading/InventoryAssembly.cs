namespace PiCluster.Ansible.Reading;

/// <summary>
/// Turns what was read into the <see cref="Inventory"/>, giving each host its variables by Ansible's precedence, lowest
/// first: the inventory file's `all` vars, its other group vars (parents before children, then by
/// ansible_group_priority, then by name), group_vars/all, group_vars of the other groups in the same order, the host's
/// own vars in the inventory file, host_vars.
/// </summary>
static class InventoryAssembly
{
    public static Inventory Build(string source, InventoryDraft draft, string varsFolder)
    {
        var depths = new Dictionary<GroupDraft, int>();
        // Like Ansible, group_vars are read only for groups that have hosts.
        var groupFilesRead = new Dictionary<GroupDraft, IReadOnlyList<Variable>>();
        IReadOnlyList<Variable> GroupFiles(GroupDraft g) =>
            groupFilesRead.TryGetValue(g, out var read) ? read : groupFilesRead[g] = VarsFolder.Read(varsFolder, "group_vars", g.Name);
        var hosts = draft.Hosts.Select(host =>
        {
            var groups = Ancestry(host).Where(g => g != draft.All)
                .OrderBy(g => Depth(g, depths)).ThenBy(g => g.Priority).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
            var layers = new IEnumerable<Variable>[] { draft.All.Vars.Values }
                .Concat(groups.Select(g => g.Vars.Values))
                .Append(GroupFiles(draft.All))
                .Concat(groups.Select(GroupFiles))
                .Append(host.Vars.Values)
                .Append(VarsFolder.Read(varsFolder, "host_vars", host.Name));
            var vars = new Dictionary<string, Variable>();
            foreach (var variable in layers.SelectMany(layer => layer))
                vars[variable.Name] = variable;
            return new InventoryHost(host.Name, ["all", .. groups.Select(g => g.Name)], vars);
        }).ToList();
        return new Inventory(source, hosts,
            [.. draft.Groups.Select(g => new InventoryGroup(g.Name, [.. g.Hosts.Select(h => h.Name)], [.. g.Children.Select(c => c.Name)]))]);
    }

    static HashSet<GroupDraft> Ancestry(HostDraft host)
    {
        var seen = new HashSet<GroupDraft>();
        var next = new Stack<GroupDraft>(host.Groups);
        while (next.TryPop(out var group))
        {
            if (seen.Add(group))
            {
                foreach (var parent in group.Parents)
                    next.Push(parent);
            }
        }

        return seen;
    }

    // Ansible's group depth: the longest path down from `all`.
    static int Depth(GroupDraft group, Dictionary<GroupDraft, int> depths)
    {
        if (!depths.TryGetValue(group, out var depth))
            depths[group] = depth = group.Parents.Count == 0 ? 0 : group.Parents.Max(p => Depth(p, depths)) + 1;
        return depth;
    }
}
