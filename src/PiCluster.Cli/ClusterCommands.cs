using System.CommandLine;
using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Storage;
using PiCluster.Plans;
using PiCluster.Steps;

namespace PiCluster.Cli;

/// <summary>`picluster plan` and `picluster up`: the same facts and the same plan; `up` then runs it.</summary>
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
        var command = new Command(name, description) { output, repairStale };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var json = parse.GetValue(output) == OutputFormat.Json;
            await using var facts = new ClusterFacts(run);
            var plan = await facts.PlanAsync(parse.GetValue(repairStale), ct);
            if (!json) PlanText.Write(plan, apply);
            if (plan.Refused || !apply) return json ? UpJson.Write(plan, null, ClusterSummary.From(plan.Cluster)) : PlanExit(plan);
            var events = await ApplyAsync(plan, facts.Remotes, run.Forks, json, ct);
            var summary = await SummaryAsync(plan, events, facts.Remotes, ct);
            var recap = HostRecap.From(plan, events);
            return json ? UpJson.Write(plan, recap, summary) : RecapText.Write(plan, recap, summary);
        });
        return command;
    }

    static async Task<IReadOnlyList<StepEvent>> ApplyAsync(Plan plan, Dictionary<string, RemoteHost> remotes, int forks, bool json, CancellationToken ct)
    {
        if (plan.Hosts.All(h => h.Steps.Count == 0) && plan.ClusterSteps.Count == 0) return [];
        using var progress = new StepProgress(plan, json);
        var context = new StepContext(remotes, TimeProvider.System, secret => Secrets.Add(secret));
        return await new PlanRunner(context, forks, progress.Report).RunAsync(plan, ct);
    }

    /// <summary>Reads the cluster again only when something ran; a run that changed nothing reports what the facts showed.</summary>
    static async Task<ClusterSummary> SummaryAsync(Plan plan, IReadOnlyList<StepEvent> events, Dictionary<string, RemoteHost> remotes, CancellationToken ct)
    {
        var fromFacts = ClusterSummary.From(plan.Cluster, plan.Hosts.Select(h => h.Host));
        if (plan.Cluster.Issuer is not { } issuer || events.Count == 0) return fromFacts;
        try
        {
            var summary = await ClusterSummary.ReadAsync(remotes[issuer.Name], issuer.Address, ct);
            var storageHost = plan.Hosts.Select(h => h.Host).Where(h => h.Spec.Storage is not null && h.Facts is not null)
                .OrderBy(h => h.Spec.Role == MicroK8sRole.Worker).FirstOrDefault();
            return storageHost is null ? summary : summary with { Storage = await StorageSummary.ReadAsync(remotes[storageHost.Name], remotes[issuer.Name], ct) };
        }
        catch (RemoteException e)
        {
            RunLog.Write($"reading the cluster from {issuer.Name} failed: {e.Message}");
            return fromFacts;
        }
    }

    static int PlanExit(Plan plan)
    {
        if (plan.Achievable) return 0;
        Console.Error.WriteLine($"Log: {RunLog.Path}");
        return plan.Refused ? 1 : 2;
    }
}
