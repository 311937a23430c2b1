using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PiCluster.Cli;

/// <summary>Every command of `picluster`, as Program parses them and tests read them.</summary>
public static class CommandTree
{
    public static RootCommand Create()
    {
        var root = new RootCommand("picluster: build and grow a MicroK8s cluster of Raspberry Pis over SSH, from an Ansible inventory.")
        {
            PingCommand.Create(), CopyIdCommand.Create(), FactsCommand.Create(), ClusterCommands.Plan(), ClusterCommands.Up(), StatusCommand.Create(), KubeconfigCommand.Create(), BackupCommand.Create(), RestoreCommand.Create(), UpgradeCommand.Create(), ResetCommand.Create(), InventoryCommand.Create(),
            CompletionCommand.Create(),
        };
        if (OperatingSystem.IsLinux()) root.Subcommands.Add(LabCommand.Create());
        VersionText.Use(root);
        ShowHelpWhenBare(root, (SynchronousCommandLineAction)root.Options.OfType<HelpOption>().Single().Action!);
        return root;
    }

    /// <summary>`picluster` or `picluster lab` alone asks what there is: its help, exit 0 (a mistyped command is an error instead).</summary>
    static void ShowHelpWhenBare(Command command, SynchronousCommandLineAction help)
    {
        if (command.Subcommands.Count > 0 && command.Action is null) command.SetAction(help.Invoke);
        foreach (var subcommand in command.Subcommands) ShowHelpWhenBare(subcommand, help);
    }
}
