namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s SUBCOMMAND ...`: the microk8s.wrapper dispatcher, then the per-wrapper guards.</summary>
public static class MicroK8sCommand
{
    static readonly string[] Subcommands =
    [
        "add-node", "addons", "config", "ctr", "dashboard-proxy", "dbctl", "disable", "enable", "helm", "helm3",
        "images", "join", "kubectl", "leave", "refresh-certs", "remove-node", "reset", "start", "status", "stop", "version",
    ];

    public static int Run(Invocation invocation, Output output)
    {
        if (!invocation.Files.Installed)
        {
            return output.Fail($"picluster-sim: microk8s is not installed on {invocation.Node}", 127);
        }

        var args = invocation.Args;
        var sub = args.Count == 0 ? "" : args[0];
        var rest = args.Skip(1).ToList();
        var plugin = sub.Length > 0 && File.Exists(invocation.Files.Plugin(sub));
        if (!Subcommands.Contains(sub) && sub != "inspect")
            return plugin ? Plugin(invocation, sub, rest, output) : Unknown(invocation, sub, output);

        if (!Permissions.Check(invocation.Caller, output))
            return 1;

        var fault = FaultStore.Take(invocation, sub);
        if (fault is { Kind.Handled: false })
            return fault.Apply(output);

        var context = new MicroK8sContext(invocation, fault);
        if (NodeGuards.Refuse(context, sub, output) is { } refused)
            return refused;

        return sub switch
        {
            "status" => StatusCommand.Run(context, rest, output),
            "add-node" => AddNodeCommand.Run(context, rest, output),
            "join" => JoinCommand.Run(context, rest, output),
            "leave" => LeaveCommand.Run(context, output),
            "remove-node" => RemoveNodeCommand.Run(context, rest, output),
            "reset" => ResetCommand.Run(context, rest, output),
            "kubectl" => KubectlCommand.Run(context, rest, output),
            "enable" or "disable" => AddonCommand.Run(context, sub, rest, output),
            "config" => ConfigCommand.Run(context, rest, output),
            "dbctl" => DbctlCommand.Run(context, rest, output),
            "version" => VersionCommand.Run(context, output),
            "start" or "stop" => StartStopCommand.Run(context, sub, output),
            "inspect" => InspectCommand.Run(context, output),
            "refresh-certs" => RefreshCertsCommand.Run(context, rest, output),
            _ => output.Fail($"picluster-sim: 'microk8s {sub}' is not simulated"),
        };
    }

    public static int Unknown(Invocation invocation, string sub, Output output)
    {
        output.Line($"'{sub}' is not a valid MicroK8s subcommand.");
        output.Line("Available subcommands are:");
        var plugins = Directory.Exists(Path.Combine(invocation.Files.Common, "plugins"))
            ? Directory.GetFiles(Path.Combine(invocation.Files.Common, "plugins")).Select(Path.GetFileName).OfType<string>()
            : [];
        output.Lines(Subcommands.Concat(plugins).Order(StringComparer.Ordinal).Append("inspect").Select(s => "\t" + s));
        return 1;
    }

    /// <summary>Plugins exist on the node where their addon was enabled (`enable rook-ceph` copies connect-external-ceph).</summary>
    static int Plugin(Invocation invocation, string name, IReadOnlyList<string> args, Output output)
    {
        if (!Permissions.Check(invocation.Caller, output))
            return 1;

        return name == "connect-external-ceph"
            ? ConnectExternalCephCommand.Run(new MicroK8sContext(invocation, null), args, output)
            : output.Fail($"picluster-sim: the plugin '{name}' is not simulated");
    }
}
