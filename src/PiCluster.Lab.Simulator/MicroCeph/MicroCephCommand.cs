namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster|disk|enable|status ...` (cobra: errors as `Error: …` on stderr, exit 1; success mostly silent).</summary>
public static class MicroCephCommand
{
    // What the CLI asks the daemon for, used in the error when its socket is missing.
    static readonly Dictionary<string, string> Requests = new()
    {
        ["cluster bootstrap"] = "Post \"http://control.socket/cluster/control\"",
        ["cluster join"] = "Post \"http://control.socket/cluster/control\"",
        ["cluster add"] = "Post \"http://control.socket/core/1.0/tokens\"",
        ["cluster list"] = "Get \"http://control.socket/core/1.0/cluster\"",
        ["cluster sql"] = "Post \"http://control.socket/core/internal/sql\"",
        ["disk add"] = "Post \"http://control.socket/1.0/disks\"",
        ["cluster remove"] = "Get \"http://control.socket/core/1.0/cluster\"",
        ["disk list"] = "Get \"http://control.socket/1.0/disks\"",
        ["disk remove"] = "Get \"http://control.socket/1.0/disks\"",
        ["enable mon"] = "Put \"http://control.socket/1.0/services/mon\"",
        ["status"] = "Get \"http://control.socket/core/1.0/cluster\"",
    };

    public static int Run(Invocation invocation, Output output)
    {
        var args = invocation.Args;
        var command = args.Count switch
        {
            0 => "",
            _ when args[0] is "cluster" or "disk" or "enable" && args.Count > 1 => $"{args[0]} {args[1]}",
            _ => args[0],
        };
        if (!Requests.TryGetValue(command, out var request))
        {
            return args.Count == 0 || args[0] is "cluster" or "disk" or "enable"
                ? output.Fail($"picluster-sim: 'microceph {string.Join(' ', args)}' is not simulated; known: {string.Join(", ", Requests.Keys)}")
                : output.Fail($"Error: unknown command \"{args[0]}\" for \"microceph\"");
        }

        var context = new MicroCephContext(invocation);
        var rest = args.Skip(command.Count(c => c == ' ') + 1).ToList();
        if (command == "cluster list" && ClusterListCommand.RefusedFlag(context, rest) is { } refused)
            return output.Fail(refused);

        if (!context.Files.DaemonRunning)
        {
            return output.Fail($"Error: {request}: dial unix {MicroCephFiles.ControlSocketPath}: connect: no such file or directory");
        }

        return command switch
        {
            "cluster bootstrap" => BootstrapCommand.Run(context, rest, output),
            "cluster add" => ClusterAddCommand.Run(context, rest, output),
            "cluster join" => ClusterJoinCommand.Run(context, rest, output),
            "cluster list" => ClusterListCommand.Run(context, rest, output),
            "cluster sql" => ClusterSqlCommand.Run(context, rest, output),
            "disk add" => DiskAddCommand.Run(context, rest, output),
            "cluster remove" => ClusterRemoveCommand.Run(context, rest, output),
            "disk list" => DiskListCommand.Run(context, rest, output),
            "disk remove" => DiskRemoveCommand.Run(context, rest, output),
            "enable mon" => EnableMonCommand.Run(context, rest, output),
            _ => CephStatusSummary.Run(context, output),
        };
    }

    /// <summary>cobra's own checks on flags and argument counts; pflag names the first unknown flag (flag.go failf).</summary>
    public static string? Unknown(Flags flags) =>
        flags.Unknown.FirstOrDefault(a => a.Length > 1) is not { } flag ? null
        : flag.StartsWith("--", StringComparison.Ordinal) ? $"Error: unknown flag: {flag.Split('=')[0]}"
        : $"Error: unknown shorthand flag: '{flag[1]}' in {flag}";

    public static string ArgCount(int wanted, int received) => $"Error: accepts {wanted} arg(s), received {received}";
}
