using System.CommandLine;
using PiCluster.Planning;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>`picluster plan` and `picluster up`: the same run and the same plan; `up` then applies it.</summary>
public static class ClusterCommands
{
    public static Command Plan() => Create("plan",
        "Gather facts from every host and show what `up` would do on each, and why; changes nothing.", apply: false);

    public static Command Up() => Create("up",
        "Prepare every Pi, install MicroK8s and join the Pis into one cluster, with Ceph on the disks the inventory lists; a re-run changes only what differs.", apply: true);

    static Command Create(string name, string description, bool apply)
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var repairStale = new Option<bool>("--repair-stale")
        {
            Description = "remove a reset Pi's stale datastore entry (remove-node IP --force on a healthy control plane) before it joins again",
        };
        var allowHaLoss = new Option<bool>("--allow-ha-loss")
        {
            Description = "let hosts marked picluster_state: absent leave even when fewer than three control planes remain (no high availability)",
        };
        var allowDegraded = new Option<bool>("--allow-degraded")
        {
            Description = "let storage Pis marked absent leave even when Ceph keeps fewer copies or monitors than it wants, or is not healthy",
        };
        var command = new Command(name, description) { output, repairStale, allowHaLoss, allowDegraded };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var json = parse.GetValue(output) == OutputFormat.Json;
            var planner = new UpPlanner(parse.GetValue(repairStale))
            {
                AllowHaLoss = parse.GetValue(allowHaLoss),
                AllowDegraded = parse.GetValue(allowDegraded),
            };
            using var events = new RunEvents(json, apply);
            await using var cluster = new ClusterRun(run.Scope, run.Connector(), events);
            var result = apply ? await cluster.ApplyAsync(planner, ct) : await cluster.PlanAsync(planner, ct);
            return RunReport.Write(name, result, json);
        });
        return command;
    }
}
