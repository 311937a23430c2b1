using System.CommandLine;
using PiCluster.Cli;

var root = new RootCommand("picluster: build and grow a MicroK8s cluster of Raspberry Pis over SSH, from an Ansible inventory.");
if (OperatingSystem.IsLinux()) root.Subcommands.Add(LabCommand.Create());
return await ErrorReport.RunAsync(() => root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
