using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s join IP:PORT/TOKEN[/CHECK] [--worker|--controlplane] [--skip-verify] [--disable-low-memory-guard]`.</summary>
public static class JoinCommand
{
    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var worker = flags.Has("--worker");
        flags.Has("--controlplane", "--disable-low-memory-guard");
        var skipVerify = flags.Has("--skip-verify");
        if (flags.Positional is not [var connection])
        {
            output.Error("Usage: microk8s join [OPTIONS] CONNECTION\nTry 'microk8s join -h' for help.\n");
            return output.Fail(flags.Positional.Count == 0 ? "Error: Missing argument 'CONNECTION'." : $"Error: Got unexpected extra argument ({flags.Positional[1]})", 2);
        }

        if (File.Exists(context.Files.DefaultStorage) || Directory.Exists(context.Files.DefaultStorage))
        {
            output.Line("WARNING: Hostpath storage is enabled and is not suitable for multi node clusters.");
            output.Line();
        }

        var url = JoinUrl.Parse(connection, out var problem);
        if (problem is not null)
        {
            return output.Say($"Invalid connection: {problem}", 1);
        }

        // join.py marks the join as in progress first, and unmarks it only when the join succeeds.
        context.Store.Update(state => state.Node(context.Self.Name)!.Joining = true);
        output.Line($"Contacting cluster at {url.Ip}");
        var revision = SnapdStore.Installed(context.Invocation.Paths, context.Node, "microk8s")?.Revision ?? 0;
        if (AgentConnection.Connect(context, url, out var error) is not { } target)
            return output.Fail(PythonTraceback.Connect(revision, error!).TrimEnd('\n'));

        var targetFiles = new NodeFiles(context.Invocation.Paths, target.Name);
        if (!skipVerify && url.Check is not null && (context.FaultIs("fingerprint") || !ServerCert.Fingerprint(targetFiles).StartsWith(url.Check, StringComparison.Ordinal)))
        {
            return output.Say($"Joining cluster failed. Could not verify the identity of {url.Ip}. Use '--skip-verify' to skip server certificate check.", 4);
        }

        var hostname = NodeEnvironment.Hostname();
        var request = new JoinRequest(context.Self, hostname, target, url.Token, worker, TimeSpan.FromMilliseconds(context.Delays.JoinMs));
        var answer = context.Store.Update(state => ClusterAgent.Join(context.Invocation.Paths, state, request, context.Fault));
        if (answer.Error is not null)
            return output.Say(answer.Error, answer.ExitCode);

        // From here join.py rewrites the node's configuration with its services down: cut off now, MicroK8s does not come back.
        context.Store.Update(state => state.Node(context.Self.Name)!.Broken = true);
        ClusterCa.Adopt(context.Files, targetFiles, worker);
        if (!worker)
            ServerCert.Renew(context.Files, context.Self.Address);

        return worker ? JoinProgress.Worker(context, request, answer, output) : JoinProgress.ControlPlane(context, request, answer, output);
    }
}
