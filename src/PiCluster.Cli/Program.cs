using System.CommandLine;
using PiCluster.Cli;

var root = new RootCommand("picluster: build and grow a MicroK8s cluster of Raspberry Pis over SSH, from an Ansible inventory.")
{
    PingCommand.Create(), CopyIdCommand.Create(), FactsCommand.Create(), ClusterCommands.Plan(), ClusterCommands.Up(), StatusCommand.Create(), KubeconfigCommand.Create(), BackupCommand.Create(), RestoreCommand.Create(), UpgradeCommand.Create(), InventoryCommand.Create(),
};
if (OperatingSystem.IsLinux()) root.Subcommands.Add(LabCommand.Create());
// Piped output keeps whole lines: tables are not wrapped to an imaginary 80-column terminal.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;
using var interrupt = new Interrupt();
var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
return await ErrorReport.RunAsync(() => root.Parse(args).InvokeAsync(configuration, interrupt.Token));
