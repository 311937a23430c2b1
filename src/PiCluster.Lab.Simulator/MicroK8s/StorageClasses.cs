namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get storageclass|sc [NAME...] [-o json|name]`: microk8s-hostpath while hostpath-storage is enabled,
/// ceph-rbd once connect-external-ceph made it.</summary>
public static class StorageClasses
{
    public static IReadOnlyList<StorageClass> All(ClusterView view)
    {
        var cluster = view.Cluster!;
        var classes = new List<StorageClass>();
        if (cluster.CephRbdCreated is { } created)
        {
            classes.Add(new("ceph-rbd", "rook-ceph.rbd.csi.ceph.com", "Delete", "Immediate", AllowExpansion: true, IsDefault: false, created,
                new Dictionary<string, string>
                {
                    ["clusterID"] = "rook-ceph-external",
                    ["imageFeatures"] = "layering",
                    ["imageFormat"] = "2",
                    ["pool"] = "microk8s-rbd0",
                    ["csi.storage.k8s.io/fstype"] = "ext4",
                    ["csi.storage.k8s.io/provisioner-secret-name"] = "rook-csi-rbd-provisioner",
                    ["csi.storage.k8s.io/provisioner-secret-namespace"] = "rook-ceph-external",
                    ["csi.storage.k8s.io/node-stage-secret-name"] = "rook-csi-rbd-node",
                    ["csi.storage.k8s.io/node-stage-secret-namespace"] = "rook-ceph-external",
                }));
        }

        if (cluster.Addons.Contains("hostpath-storage"))
        {
            classes.Add(new("microk8s-hostpath", "microk8s.io/hostpath", "Delete", "WaitForFirstConsumer", AllowExpansion: false, IsDefault: true,
                cluster.EnabledAt.GetValueOrDefault("hostpath-storage", view.Now), new Dictionary<string, string>()));
        }

        return classes;
    }

    public static int Get(ClusterView view, IReadOnlyList<string> names, string format, Output output)
    {
        var shown = All(view).Where(c => names.Count == 0 || names.Contains(c.Name)).ToList();
        foreach (var missing in names.Where(n => shown.All(c => c.Name != n)))
        {
            output.Error($"Error from server (NotFound): storageclasses.storage.k8s.io \"{missing}\" not found");
        }

        var exit = names.Count > shown.Count ? 1 : 0;
        if (format == "json" && (shown.Count > 0 || names.Count == 0))
        {
            output.Line(StorageClassJson.Render(shown, asObject: names.Count == 1));
            return exit;
        }

        if (shown.Count == 0)
        {
            if (names.Count == 0)
                output.Error("No resources found");

            return exit;
        }

        output.Lines(format == "name" ? shown.Select(c => $"storageclass.storage.k8s.io/{c.Name}") : Table(view, shown));
        return exit;
    }

    public static IEnumerable<string> Table(ClusterView view, IReadOnlyList<StorageClass> classes)
    {
        List<IReadOnlyList<string>> rows = [["NAME", "PROVISIONER", "RECLAIMPOLICY", "VOLUMEBINDINGMODE", "ALLOWVOLUMEEXPANSION", "AGE"]];
        rows.AddRange(classes.Select(c => (IReadOnlyList<string>)
        [
            c.IsDefault ? $"{c.Name} (default)" : c.Name, c.Provisioner, c.ReclaimPolicy, c.BindingMode,
            c.AllowExpansion ? "true" : "false", HumanDuration.Format(view.Now - c.Created),
        ]));
        return TabTable.Render(rows, padding: 3);
    }
}
