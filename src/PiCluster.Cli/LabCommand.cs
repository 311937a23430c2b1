using System.CommandLine;
using System.Runtime.Versioning;

namespace PiCluster.Cli;

/// <summary>`picluster lab …`: the simulated Pis on this machine.</summary>
[SupportedOSPlatform("linux")]
public static class LabCommand
{
    public static Command Create()
    {
        var lab = new Command("lab", "A twin of a Raspberry Pi cluster on this machine: real sshd per Pi, simulated snap and microk8s. Needs root.");
        lab.Subcommands.Add(LabUpCommand.Create());
        lab.Subcommands.Add(LabStatusCommand.Create());
        lab.Subcommands.Add(LabDownCommand.Create());
        foreach (var command in LabNodeCommands.Create()) lab.Subcommands.Add(command);
        lab.Subcommands.Add(LabDelaysCommand.Create());
        lab.Subcommands.Add(LabFaultCommand.Create());
        lab.Subcommands.Add(LabDelayProxyCommand.Create());
        lab.Subcommands.Add(LabSuperviseCommand.Create());
        return lab;
    }
}
