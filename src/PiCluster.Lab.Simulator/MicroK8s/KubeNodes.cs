namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get nodes [NAME...] [-o json|wide|name] [-l SELECTOR]`.</summary>
public static class KubeNodes
{
    public static int Get(ClusterView view, IReadOnlyList<string> names, string format, string? selector, Output output)
    {
        var nodes = view.Cluster!.KubeNodes
            .Where(n => names.Count == 0 || names.Contains(n.Name))
            .Where(n => Matches(NodeJson.Labels(n), selector))
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var missing in names.Where(name => nodes.All(n => n.Name != name)))
        {
            output.Error($"Error from server (NotFound): nodes \"{missing}\" not found");
        }

        var exit = nodes.Count < names.Count ? 1 : 0;
        if (nodes.Count == 0 && names.Count == 0 && format is not "json")
        {
            output.Error("No resources found");
            return 0;
        }

        if (nodes.Count == 0 && names.Count > 0)
            return exit;

        switch (format)
        {
            case "json":
                output.Line(NodeJson.Render(view, nodes, asObject: names.Count == 1));
                break;
            case "jsonpath={.spec.unschedulable}" or "jsonpath='{.spec.unschedulable}'":
                output.Write(string.Concat(nodes.Select(n => n.Unschedulable ? "true" : "")));
                break;
            case "name":
                output.Lines(nodes.Select(n => $"node/{n.Name}"));
                break;
            case "" or "wide":
                output.Lines(Table(view, nodes, format == "wide"));
                break;
            default:
                return output.Fail($"error: unable to match a printer suitable for the output format \"{format}\", allowed formats are: json,name,wide");
        }

        return exit;
    }

    static IEnumerable<string> Table(ClusterView view, List<KubeNode> nodes, bool wide)
    {
        List<IReadOnlyList<string>> rows = [wide
            ? ["NAME", "STATUS", "ROLES", "AGE", "VERSION", "INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"]
            : ["NAME", "STATUS", "ROLES", "AGE", "VERSION"]];
        foreach (var node in nodes)
        {
            var status = (view.Condition(node) == NodeCondition.Ready ? "Ready" : "NotReady")
                + (node.Unschedulable ? ",SchedulingDisabled" : "");
            List<string> row = [node.Name, status, "<none>", HumanDuration.Format(view.Now - node.Created), node.KubeletVersion];
            if (wide)
                row.AddRange([node.Address, "<none>", NodeJson.OsImage, NodeJson.Kernel, NodeJson.Runtime]);

            rows.Add(row);
        }

        return TabTable.Render(rows, padding: 3);
    }

    static bool Matches(SortedDictionary<string, string> labels, string? selector) =>
        selector is null || selector.Split(',').All(term =>
            term.Split('=', 2) is [var key, var value] ? labels.GetValueOrDefault(key) == value : labels.ContainsKey(term));
}
