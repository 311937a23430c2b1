using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s dbctl [--debug] (backup [-o FILE] | restore FILE.tar.gz)`: dbctl.py driving `k8s-dqlite migrator` over kine.sock.
/// The wrapper's permission check and the worker refusal come first (MicroK8sCommand, NodeGuards); then, before argparse
/// even sees the arguments, the datastore socket and the ha-cluster lock must exist.</summary>
public static class DbctlCommand
{
    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        if (!File.Exists(context.Files.KineSocket) || !File.Exists(context.Files.Lock("ha-cluster")))
            return output.Say("Please ensure the kubernetes apiserver is running and HA is enabled.", 10);

        if (DbctlArguments.Read(args, output, out var parsed) is { } exit)
            return exit;

        var revision = SnapdStore.Installed(context.Invocation.Paths, context.Node, "microk8s")?.Revision ?? 0;
        var migrator = new Migrator(context, revision, new MigratorLog(output, parsed.Debug));
        if (parsed.Verb == "restore")
        {
            output.Line($"Restoring from {parsed.File}");
            return DbctlRestore.Run(migrator, parsed.File!, new DbctlTraceback(revision), output);
        }

        output.Line("Backing up the datastore");
        return DbctlBackup.Run(migrator, parsed.File, output);
    }
}
