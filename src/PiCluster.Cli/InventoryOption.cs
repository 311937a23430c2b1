using System.CommandLine;

namespace PiCluster.Cli;

public static class InventoryOption
{
    public static Option<string> Create() => new("--inventory", "-i")
    {
        Description = "the Ansible inventory: a YAML or INI file, or a folder of them (default $PICLUSTER_INVENTORY, else ./inventory.yaml)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PICLUSTER_INVENTORY") is { Length: > 0 } path ? path : "inventory.yaml",
    };
}
