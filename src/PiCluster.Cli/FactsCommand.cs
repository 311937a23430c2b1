using System.CommandLine;
using PiCluster.Access;
using PiCluster.Cli.Json;
using PiCluster.Facts;
using PiCluster.Remote;
using Spectre.Console;

namespace PiCluster.Cli;

/// <summary>`picluster facts`: one probe per host, shown as a table or JSON.</summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var command = new Command("facts", "Gather what each host is (OS, arch, memory, Pi model, cgroups, time sync, snaps, MicroK8s) with one probe per host.") { output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var outcomes = await FactsReport.RunAsync(run.Scope, run.Connector(), new HostProgress(), ct);
            if (parse.GetValue(output) == OutputFormat.Json)
            {
                OutputJson.Write(HostsDocument.From("facts", outcomes, (facts, entry) => entry with { Facts = facts }));
                return HostExit.Code(outcomes);
            }
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
