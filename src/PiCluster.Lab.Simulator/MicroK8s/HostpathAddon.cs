namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`enable hostpath-storage`: the microk8s-hostpath StorageClass, and $SNAP_COMMON/default-storage on this node.</summary>
public static class HostpathAddon
{
    public static int Enable(MicroK8sContext context, Output output)
    {
        Directory.CreateDirectory(context.Files.DefaultStorage);
        output.Line("Enabling default storage class.");
        output.Line("WARNING: Hostpath storage is not suitable for production environments.");
        output.Line("         A hostpath volume can grow beyond the size limit set in the volume claim manifest.");
        output.Line();
        output.Lines(["deployment.apps/hostpath-provisioner created", "storageclass.storage.k8s.io/microk8s-hostpath created",
            "serviceaccount/microk8s-hostpath created", "clusterrole.rbac.authorization.k8s.io/microk8s-hostpath created",
            "clusterrolebinding.rbac.authorization.k8s.io/microk8s-hostpath created"]);
        if (context.View().Cluster!.KubeNodes.Count > 1)
            output.Line("WARNING: The storage class enabled does not persist volumes across nodes.");

        output.Line("Storage will be available soon.");
        return 0;
    }
}
