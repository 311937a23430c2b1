namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What the wrappers refuse before doing anything: commands on a worker node, and commands on a stopped node.</summary>
public static class NodeGuards
{
    const string Worker = "This MicroK8s deployment is acting as a node in a cluster.";

    static readonly Dictionary<string, (string Text, int Exit)> OnWorker = new()
    {
        ["status"] = ($"{Worker}\nPlease use the control plane node.", 0),
        ["kubectl"] = ($"{Worker} Please use the microk8s kubectl on the master.", 0),
        ["config"] = ($"{Worker} Please use the microk8s config on the master.", 0),
        ["add-node"] = ($"{Worker} Please use the microk8s add-node on the master.", 1),
        ["remove-node"] = ($"{Worker} Please use microk8s leave.", 1),
        ["enable"] = ($"{Worker}\nPlease use the master node.", 1),
        ["disable"] = ($"{Worker}\nPlease use the master node.", 1),
        ["dbctl"] = ($"{Worker}\nPlease use the master node.", 1),
        ["reset"] = ($"{Worker}\nPlease use the master node.", 1),
        ["start"] = ($"{Worker}\nUse 'snap start microk8s' to start services on this node.", 0),
        ["stop"] = ($"{Worker}\nUse 'snap start microk8s' to start services on this node.", 0),
        ["refresh-certs"] = ($"{Worker} Please use the microk8s refresh-certs command on the master\nand then return to this node to perform a microk8s leave and re-join.", 0),
    };

    static readonly string[] NeedRunning = ["add-node", "kubectl", "enable", "disable", "remove-node", "reset"];

    public static int? Refuse(MicroK8sContext context, string sub, Output output)
    {
        var record = context.Store.Read().Node(context.Node);
        if (record is { Worker: true } && OnWorker.TryGetValue(sub, out var refusal))
            return output.Say(refusal.Text, refusal.Exit);

        if (record is { Stopped: true } && sub == "status")
            return output.Say("microk8s is not running, try microk8s start", 0);

        if (record is { Stopped: true } && NeedRunning.Contains(sub))
            return output.Fail("microk8s is not running, try microk8s start");

        return null;
    }
}
