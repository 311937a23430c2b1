using System.CommandLine;
using System.Text.Json;
using PiCluster.Facts;
using PiCluster.Remote;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>`picluster facts`: one probe per host, shown as a table or JSON.</summary>
public static class FactsCommand
{
    static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(90);

    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var command = new Command("facts", "Gather what each host is (OS, arch, memory, Pi model, cgroups, time sync, snaps, MicroK8s) with one probe per host.") { output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var connector = run.Connector();
            var outcomes = await HostWork.RunAsync(run, "facts", async (target, token) =>
                {
                    await using var session = await HostSession.OpenAsync(connector, target, token);
                    return await GatherFacts.RunAsync(session, storage: true, ProbeTimeout, token);
                },
                _ => "facts gathered", ct);
            if (parse.GetValue(output) == OutputFormat.Json)
                return HostResultJson.Write(outcomes, (json, facts) =>
                {
                    json.WritePropertyName("facts");
                    JsonSerializer.Serialize(json, facts, FactsJson.Default.HostFacts);
                });
            RenderFacts(outcomes.Where(o => o.Succeeded).ToList());
            return HostResultTable.Render(outcomes, _ => "facts gathered", "gave their facts", failuresOnly: true);
        });
        return command;
    }

    static void RenderFacts(List<HostOutcome<HostFacts>> outcomes)
    {
        if (outcomes.Count == 0) return;
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("host", "hostname", "os", "arch", "memory", "model", "memory cgroup", "clock", "microk8s");
        foreach (var outcome in outcomes)
        {
            var facts = outcome.Value!;
            table.AddRow(
                Markup.Escape(outcome.Target.Name), Markup.Escape(facts.Hostname), Markup.Escape(facts.Os.PrettyName), Markup.Escape(facts.Arch),
                $"{facts.MemoryKb / 1024.0 / 1024.0:0.0} GiB", Markup.Escape(facts.Model ?? "-"), Markup.Escape(FactsText.MemoryCgroup(facts)),
                FactsText.Clock(facts), Markup.Escape(FactsText.MicroK8s(facts.MicroK8s)));
        }
        AnsiConsole.Write(table);
    }
}
