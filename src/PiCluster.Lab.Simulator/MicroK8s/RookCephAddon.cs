using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`enable rook-ceph`: installs the operator and copies `connect-external-ceph` into this node's plugins only.</summary>
public static class RookCephAddon
{
    public static int Enable(MicroK8sContext context, Output output)
    {
        var channel = SnapdStore.Installed(context.Invocation.Paths, context.Node, "microk8s")?.Channel ?? "latest/stable";
        var version = Channel.Parse(channel).Track switch
        {
            "1.33" => "v1.16.6",
            "1.34" or "latest" => "v1.18.0",
            "1.35" => "v1.18.7",
            _ => "v1.11.9",
        };
        var plugin = context.Files.Plugin("connect-external-ceph");
        Directory.CreateDirectory(Path.GetDirectoryName(plugin)!);
        File.WriteAllText(plugin, "#!/bin/sh\n# simulated plugin\n");
        return AddonScripts.Say(output, "Add Rook Helm repository https://charts.rook.io/release", $"Install Rook version {version}",
            "Creating 'microk8s connect-external-ceph' command", "", "=================================================", "",
            $"Rook Ceph operator {version} is now deployed in your MicroK8s cluster and",
            "will shortly be available for use.", "", "As a next step, you can either deploy Ceph on MicroK8s, or connect MicroK8s with an",
            "existing Ceph cluster.", "", "To connect MicroK8s with an existing Ceph cluster, you can use the helper command",
            "'microk8s connect-external-ceph'. If you are running MicroCeph on the same node, then",
            "you can use the following command:", "", "    sudo microk8s connect-external-ceph", "");
    }
}
