using System.CommandLine;
using PiCluster.Access;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster kubeconfig`: the cluster's admin kubeconfig from a Ready control plane, merged into yours or written alone.</summary>
public static class KubeconfigCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var setCurrent = new Option<bool>("--set-current") { Description = "also make the cluster's context the current one" };
        var file = new Option<string?>("--output", "-o") { Description = "write a kubeconfig of the cluster alone to FILE instead of merging", HelpName = "FILE" };
        var print = new Option<bool>("--print") { Description = "print a kubeconfig of the cluster alone instead of merging" };
        var command = new Command("kubeconfig",
            "Fetch the admin kubeconfig from a Ready control plane and merge it into $KUBECONFIG's first file, else ~/.kube/config: "
            + "cluster, user and context named after picluster_cluster_name; other entries are kept.") { setCurrent, file, print };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(print) && parse.GetValue(file) is not null) throw new UsageException("give --print or -o FILE, not both");
            var standalone = parse.GetValue(file);
            var path = standalone is null ? KubeconfigFile.DefaultPath() : Path.GetFullPath(standalone);
            // A kubeconfig that cannot be merged into is said before any host is reached.
            if (standalone is null && !parse.GetValue(print)) KubeconfigFile.Check(path);
            var run = hosts.Resolve(parse);
            using var events = new RunEvents(json: false, apply: false, showPlan: false);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var admin = await AdminKubeconfig.ReadAsync(await cluster.ReadyControlPlaneAsync("to read the kubeconfig from", ct), ct);
            var entries = KubeconfigEntries.From(admin);
            foreach (var line in admin.Yaml.Split('\n').Where(l => l.Contains("-data:", StringComparison.Ordinal) || l.Contains("token:", StringComparison.Ordinal)))
                Secrets.Add(line.Split(':', 2)[1].Trim());
            if (parse.GetValue(print))
            {
                Console.Out.Write(Kubeconfigs.Write(entries.Standalone()));
                return 0;
            }
            var written = standalone is null
                ? KubeconfigFile.Write(path, before => KubeconfigMerge.Merge(before, entries, parse.GetValue(setCurrent), path))
                : KubeconfigFile.Write(path, _ => Kubeconfigs.Write(entries.Standalone()));
            KubeconfigText.Write(written, admin, standalone is not null || parse.GetValue(setCurrent));
            return 0;
        });
        return command;
    }
}
