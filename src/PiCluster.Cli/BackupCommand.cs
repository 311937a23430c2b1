using System.CommandLine;
using PiCluster.Access;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster backup`: the cluster's datastore, from a Ready control plane to a file on this machine.</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var folder = new Option<string>("--dir") { Description = "folder for the backups", DefaultValueFactory = _ => "backups", HelpName = "DIR" };
        var keep = new Option<int>("--keep") { Description = "how many of the cluster's backups to keep in the folder, the newest", DefaultValueFactory = _ => 10 };
        var command = new Command("backup",
            "Back up the cluster's datastore (microk8s dbctl backup on a Ready control plane) to DIR/CLUSTER-DATE.tar.gz, check it, and keep the newest backups.")
        { folder, keep };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(keep) < 1) throw new UsageException($"--keep must be 1 or more, got {parse.GetValue(keep)}");
            var run = hosts.Resolve(parse);
            using var events = new RunEvents(json: false, apply: false, showPlan: false);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var controlPlane = await cluster.ReadyControlPlaneAsync("to back up the datastore from", ct);
            var backup = await ClusterBackup.TakeAsync(controlPlane, parse.GetValue(folder)!, parse.GetValue(keep), DateTimeOffset.Now, ct);
            Console.WriteLine($"{backup.Archive.Path}: {Size(backup.Archive.Bytes)}, {backup.Archive.Keys} keys of the datastore of \"{controlPlane.ClusterName}\" (from {backup.From}; its copy there removed).");
            foreach (var removed in backup.Removed) Console.WriteLine($"Removed {removed} (older than the newest {parse.GetValue(keep)}).");
            Console.WriteLine($"Restore it with: picluster restore {backup.Archive.Path}");
            return 0;
        });
        return command;
    }

    public static string Size(long bytes) => bytes < 1 << 20 ? $"{bytes / 1024.0:0.0} KiB" : $"{bytes / (double)(1 << 20):0.0} MiB";
}
