using System.CommandLine;
using PiCluster.Access;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster restore FILE`: a backup written back into the live datastore, after the user types the cluster's name.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var file = new Argument<string>("FILE") { Description = "a backup made by `picluster backup` (or `microk8s dbctl backup`)" };
        var command = new Command("restore",
            "Write a backup into the cluster's live datastore (microk8s dbctl restore on a Ready control plane): every key it holds is created or overwritten. "
            + "Asks for the cluster's name first.")
        { file };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var archive = BackupArchive.Read(Path.GetFullPath(parse.GetValue(file)!));
            if (archive.Keys == 0) throw new UsageException($"{archive.Path} holds no key of a datastore (an empty backup); nothing to restore");
            var run = hosts.Resolve(parse);
            using var events = new RunEvents(json: false, apply: false, showPlan: false);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var controlPlane = await cluster.ReadyControlPlaneAsync("to restore the datastore through", ct);
            var name = controlPlane.ClusterName;
            Console.WriteLine($"restore {archive.Path} ({BackupCommand.Size(archive.Bytes)}, {archive.Keys} keys) into the datastore of \"{name}\" through {controlPlane.Host.Name}:");
            Console.WriteLine("every key in the backup is written into the live datastore (created or overwritten); keys made since the backup stay.");
            Console.WriteLine("This cannot be undone; `picluster backup` first keeps what is there now.");
            Console.Error.Write($"Type the cluster's name ({name}) to restore: ");
            var typed = Console.In.ReadLine()?.Trim();
            if (typed != name)
            {
                Console.Error.WriteLine($"{(typed is null ? "no answer" : $"'{typed}' is not {name}")}: nothing was restored");
                return 1;
            }
            await ClusterRestore.RestoreAsync(controlPlane, archive, ct);
            Console.WriteLine($"Restored {archive.Keys} keys into \"{name}\" through {controlPlane.Host.Name}.");
            return 0;
        });
        return command;
    }
}
