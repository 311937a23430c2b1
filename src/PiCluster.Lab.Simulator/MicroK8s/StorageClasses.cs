namespace PiCluster.Lab.Simulator.MicroK8s;

/// `kubectl get storageclass|sc [NAME]`: microk8s-hostpath exists while hostpath-storage is enabled.
public static class StorageClasses
{
    public static int Get(ClusterView view, IReadOnlyList<string> names, string format, Output output)
    {
        var cluster = view.Cluster!;
        var classes = cluster.Addons.Contains("hostpath-storage")
            ? new[] { ("microk8s-hostpath", cluster.EnabledAt.GetValueOrDefault("hostpath-storage", view.Now)) }
            : [];
        var shown = classes.Where(c => names.Count == 0 || names.Contains(c.Item1)).ToList();
        foreach (var missing in names.Where(n => shown.All(c => c.Item1 != n)))
        {
            output.Error($"Error from server (NotFound): storageclasses.storage.k8s.io \"{missing}\" not found");
        }

        if (shown.Count == 0)
        {
            if (names.Count == 0)
            {
                output.Error("No resources found");
            }

            return names.Count == 0 ? 0 : 1;
        }

        if (format == "name")
        {
            output.Lines(shown.Select(c => $"storageclass.storage.k8s.io/{c.Item1}"));
        }
        else
        {
            List<IReadOnlyList<string>> rows = [["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"]];
            rows.AddRange(shown.Select(c => (IReadOnlyList<string>)
                [$"{c.Item1} (default)", "microk8s.io/hostpath", "Delete", "WaitForFirstConsumer", "false", HumanDuration.Format(view.Now - c.Item2)]));
            output.Lines(TabTable.Render(rows, padding: 3));
        }

        return names.Count > shown.Count ? 1 : 0;
    }
}
