using System.CommandLine;
using PiCluster.Access;
using PiCluster.Planning;
using PiCluster.Planning.Upgrade;
using PiCluster.Remote;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster upgrade`: every node to the inventory's microk8s_channel and microceph_channel, one node at a time, after its
/// plan is shown, the question answered (or --yes) and a backup of the datastore taken (unless --no-backup).</summary>
public static class UpgradeCommand
{
    const int BackupsKept = 10;

    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var yes = new Option<bool>("--yes", "-y") { Description = "upgrade without asking (for scripts)" };
        var planOnly = new Option<bool>("--plan") { Description = "print the plan only; nothing changes" };
        var noBackup = new Option<bool>("--no-backup") { Description = "do not back up the datastore to ./backups first" };
        var maxUnavailable = new Option<int>("--max-unavailable") { Description = "workers upgraded at once", DefaultValueFactory = _ => 1, HelpName = "N" };
        var force = new Option<bool>("--force") { Description = "upgrade MicroCeph even though Ceph is not HEALTH_OK" };
        var command = new Command("upgrade",
            "Move every node to the inventory's microk8s_channel and microceph_channel: control planes one at a time, then workers, one Kubernetes minor "
            + "at a time; then the storage Pis one at a time under noout. Prints the plan and asks first; backs up the datastore first.")
        { output, yes, planOnly, noBackup, maxUnavailable, force };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(maxUnavailable) < 1) throw new UsageException($"--max-unavailable must be 1 or more, got {parse.GetValue(maxUnavailable)}");
            var json = parse.GetValue(output) == OutputFormat.Json;
            var apply = !parse.GetValue(planOnly);
            if (apply && json && !parse.GetValue(yes)) throw new UsageException("-o json cannot ask before upgrading: pass --yes as well, or --plan to print the plan only");
            var run = hosts.Resolve(parse);
            var planner = new UpgradePlanner(new UpgradeOptions(parse.GetValue(maxUnavailable), parse.GetValue(force)));
            using var events = new RunEvents(json, apply);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var result = apply
                ? await cluster.ApplyAsync(planner, ct, (plan, controlPlane, token) => ProceedAsync(plan, controlPlane, parse.GetValue(yes), !parse.GetValue(noBackup), json, token))
                : await cluster.PlanAsync(planner, ct);
            return RunReport.Write("upgrade", result, json);
        });
        return command;
    }

    static async Task<bool> ProceedAsync(Plan plan, Func<string, ReadyControlPlane> controlPlane, bool yes, bool backup, bool json, CancellationToken ct)
    {
        if (!yes)
        {
            TerminalStatus.ClearLine();
            Console.Error.Write($"Upgrade {plan.ChangedHostCount} host{(plan.ChangedHostCount == 1 ? "" : "s")} as planned above? Type yes to go on: ");
            var answer = Console.In.ReadLine()?.Trim();
            if (answer is not ("yes" or "y"))
            {
                Console.Error.WriteLine($"{(answer is null ? "no answer" : $"'{answer}'")}: nothing was changed (--yes upgrades without asking)");
                return false;
            }
        }
        if (!backup) return true;
        var from = controlPlane("to back up the datastore from before the upgrade");
        BackupResult taken;
        try
        {
            taken = await ClusterBackup.TakeAsync(from, "backups", BackupsKept, DateTimeOffset.Now, ct);
        }
        catch (Exception e) when (e is RemoteException or AccessException)
        {
            throw new AccessException($"the backup before the upgrade failed, so nothing was upgraded: {e.Message} (--no-backup upgrades without one)");
        }
        var line = $"Backup: {taken.Archive.Path} ({BackupCommand.Size(taken.Archive.Bytes)}, {taken.Archive.Keys} keys, from {taken.From}); `picluster restore` puts it back.";
        if (json) Console.Error.WriteLine(line);
        else Console.WriteLine(line);
        return true;
    }
}
