using System.CommandLine;
using PiCluster.Planning;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster reset`: MicroK8s and MicroCeph off the selected Pis, after the plan is shown and the cluster's name typed
/// (or --yes); the whole cluster, or part of it as a removal.</summary>
public static class ResetCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var yes = new Option<bool>("--yes", "-y") { Description = "reset without asking for the cluster's name (for scripts)" };
        var planOnly = new Option<bool>("--plan") { Description = "print the plan only; nothing changes" };
        var destroyStorage = new Option<bool>("--destroy-storage")
        {
            Description = "when the whole cluster is reset, also remove every OSD with its data (the disks are wiped); without it the disks keep their data",
        };
        var allowHaLoss = new Option<bool>("--allow-ha-loss") { Description = "let control planes go even when fewer than three remain" };
        var allowDegraded = new Option<bool>("--allow-degraded") { Description = "let storage Pis go even when Ceph keeps fewer copies or monitors than it wants" };
        var command = new Command("reset",
            "Take MicroK8s and MicroCeph off the selected Pis (all by default): workers first, then control planes, each leaving while others remain. "
            + "`up` then builds a new cluster. Prints the plan and asks for the cluster's name first.")
        { output, yes, planOnly, destroyStorage, allowHaLoss, allowDegraded };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var json = parse.GetValue(output) == OutputFormat.Json;
            var apply = !parse.GetValue(planOnly);
            if (apply && json && !parse.GetValue(yes)) throw new UsageException("-o json cannot ask before resetting: pass --yes as well, or --plan to print the plan only");
            var run = hosts.Resolve(parse);
            var planner = new ResetPlanner(parse.GetValue(destroyStorage))
            {
                AllowHaLoss = parse.GetValue(allowHaLoss),
                AllowDegraded = parse.GetValue(allowDegraded),
            };
            using var events = new RunEvents(json, apply);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var result = apply
                ? await cluster.ApplyAsync(planner, ct, (plan, _, _) => Task.FromResult(parse.GetValue(yes) || Confirmed(plan)))
                : await cluster.PlanAsync(planner, ct);
            return RunReport.Write("reset", result, json);
        });
        return command;
    }

    /// <summary>The cluster's name (picluster_cluster_name) typed back: a reset cannot be undone.</summary>
    static bool Confirmed(Plan plan)
    {
        var name = plan.Hosts.Select(h => h.Host.Spec.ClusterName).FirstOrDefault() ?? "picluster";
        TerminalStatus.ClearLine();
        Console.Error.Write($"This takes MicroK8s and MicroCeph off {plan.ChangedHostCount} Pi{(plan.ChangedHostCount == 1 ? "" : "s")} as planned above and cannot be undone. "
            + $"Type the cluster's name ({name}) to go on: ");
        var answer = Console.In.ReadLine()?.Trim();
        if (answer == name) return true;
        Console.Error.WriteLine($"{(answer is null ? "no answer" : $"'{answer}' is not {name}")}: nothing was changed (--yes resets without asking)");
        return false;
    }
}
