namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s config [-l|--use-loopback]`: the admin kubeconfig, 127.0.0.1 replaced by the node's address.</summary>
public static class ConfigCommand
{
    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var loopback = false;
        foreach (var arg in args)
        {
            if (arg is "-l" or "--use-loopback")
            {
                loopback = true;
            }
            else if (arg.StartsWith('-'))
            {
                return output.Say($"microk8s config: invalid option -- {arg.TrimStart('-')}", 1);
            }
        }

        var cluster = context.View().Cluster;
        var seed = cluster?.CaSeed ?? context.Node;
        output.Write(Kubeconfig.Render(loopback ? "127.0.0.1" : context.Self.Address, seed));
        return 0;
    }
}
