namespace PiCluster.Ansible.Reading;

/// <summary>
/// Turns what was read into the <see cref="Inventory"/>, giving each host its variables by Ansible's precedence, lowest
/// first: the inventory file's `all` vars, its other group vars (parents before children, then by
/// ansible_group_priority, then by name), group_vars/all, group_vars of the other groups in the same order, the host's
/// own vars in the inventory file, host_vars. With several sources, each vars layer is read from every source's folder in
/// turn, a later source's winning (Ansible's get_vars_from_inventory_sources).
/// </summary>
static class InventoryAssembly
{
    public static Inventory Build(string source, InventoryDraft draft, IReadOnlyList<string> varsFolders)
    {
        // Like Ansible, group_vars are read only for groups that have hosts.
        var groupFilesRead = new Dictionary<(string, GroupDraft), IReadOnlyList<Variable>>();
        IReadOnlyList<Variable> GroupFiles(string folder, GroupDraft g) =>
            groupFilesRead.TryGetValue((folder, g), out var read) ? read : groupFilesRead[(folder, g)] = VarsFolder.Read(folder, "group_vars", g.Name, draft.Warnings);

        // Hosts listed in the same groups share their groups' order and variables, worked out once per such set.
        var ordinals = draft.Groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        var sets = new Dictionary<string, (IReadOnlyList<string> Names, Dictionary<string, Variable> Vars)>();
        (IReadOnlyList<string> Names, Dictionary<string, Variable> Vars) GroupSet(HostDraft host)
        {
            var key = string.Join(',', host.Groups.Select(g => ordinals[g]));
            if (sets.TryGetValue(key, out var known))
                return known;
            var groups = Ancestry(host).Where(g => g != draft.All)
                .OrderBy(g => g.Depth).ThenBy(g => g.Priority).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
            var layers = new IEnumerable<Variable>[] { draft.All.Vars.Values }
                .Concat(groups.Select(g => g.Vars.Values))
                .Concat(varsFolders.Select(folder => GroupFiles(folder, draft.All)))
                .Concat(varsFolders.SelectMany(folder => groups.Select(g => GroupFiles(folder, g))));
            var vars = new Dictionary<string, Variable>();
            foreach (var variable in layers.SelectMany(layer => layer))
                vars[variable.Name] = variable;
            return sets[key] = (["all", .. groups.Select(g => g.Name)], vars);
        }

        var hostVarsFolders = varsFolders.Where(folder => Directory.Exists(Path.Combine(folder, "host_vars"))).ToList();
        var hosts = draft.Hosts.Select(host =>
        {
            var (groups, groupVars) = GroupSet(host);
            var vars = new Dictionary<string, Variable>(groupVars);
            foreach (var variable in host.Vars.Values.Concat(hostVarsFolders.SelectMany(folder => VarsFolder.Read(folder, "host_vars", host.Name, draft.Warnings))))
                vars[variable.Name] = variable;
            return new InventoryHost(host.Name, groups, vars);
        }).ToList();
        return new Inventory(source, hosts,
            [.. draft.Groups.Select(g => new InventoryGroup(g.Name, [.. g.Hosts.Select(h => h.Name)], [.. g.Children.Select(c => c.Name)]))])
        {
            Warnings = draft.Warnings,
        };
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
}
