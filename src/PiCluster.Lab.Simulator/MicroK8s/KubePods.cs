namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get pods [-n NS | -A] [-o wide|name] [--field-selector spec.nodeName=N]`, kubectl's columns.</summary>
public static class KubePods
{
    public static int Get(ClusterView view, string? ns, bool all, string format, string? fieldSelector, Output output)
    {
        if (format is not ("" or "wide" or "name"))
        {
            return output.Fail($"error: unable to match a printer suitable for the output format \"{format}\", allowed formats are: name,wide");
        }

        var node = fieldSelector?.StartsWith("spec.nodeName=", StringComparison.Ordinal) == true ? fieldSelector["spec.nodeName=".Length..] : null;
        var pods = view.Cluster!.Pods
            .Where(p => all || p.Namespace == (ns ?? "default"))
            .Where(p => node is null || p.Node == node)
            .OrderBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        if (pods.Count == 0)
            return output.Fail(all ? "No resources found" : $"No resources found in {ns ?? "default"} namespace.", 0);

        if (format == "name")
        {
            output.Lines(pods.Select(p => $"pod/{p.Name}"));
            return 0;
        }

        List<IReadOnlyList<string>> rows = [Header(all, format == "wide")];
        foreach (var pod in pods)
        {
            // Pods keep running while their node's kubelet restarts (a snap refresh leaves containers alone, day-2 §1.7).
            var running = pod.Node != "";
            List<string> row = all ? [pod.Namespace] : [];
            row.AddRange([pod.Name, running ? "1/1" : "0/1", running ? "Running" : "Pending", "0", HumanDuration.Format(view.Now - pod.Created)]);
            if (format == "wide")
                row.AddRange([pod.Node == "" ? "<none>" : pod.Ip, pod.Node == "" ? "<none>" : pod.Node, "<none>", "<none>"]);

            rows.Add(row);
        }

        output.Lines(TabTable.Render(rows, padding: 3));
        return 0;
    }

    static List<string> Header(bool all, bool wide)
    {
        List<string> header = all ? ["NAMESPACE"] : [];
        header.AddRange(["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
        if (wide)
            header.AddRange(["IP", "NODE", "NOMINATED NODE", "READINESS GATES"]);

        return header;
    }
}
