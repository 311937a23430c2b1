using System.CommandLine;
using PiCluster.Ansible;
using PiCluster.Ansible.Config;

namespace PiCluster.Cli;

public static class InventoryOption
{
    public static Option<string?> Create() => new("--inventory", "-i")
    {
        Description = "the Ansible inventory: a YAML or INI file, or a folder of them (default $PICLUSTER_INVENTORY, else $ANSIBLE_INVENTORY or ansible.cfg's inventory, else ./inventory.yaml)",
    };

    /// <summary>The inventory sources to read: -i, else $PICLUSTER_INVENTORY (PiCluster's own, so it wins), else Ansible's
    /// (ANSIBLE_INVENTORY, else ansible.cfg's `inventory`, each a comma-separated list), else ./inventory.yaml.</summary>
    public static IReadOnlyList<string> Sources(string? given, AnsibleConfig config)
    {
        if (given is { Length: > 0 })
            return [given];
        if (Environment.GetEnvironmentVariable("PICLUSTER_INVENTORY") is { Length: > 0 } own)
            return [own];
        if (config.Inventory is { } fromAnsible)
        {
            // Ansible only warns about a source that is missing; PiCluster says where it was named.
            if (fromAnsible.Value.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            {
                throw new InventoryException(fromAnsible.Where, $"{fromAnsible.Name} names {missing}, which does not exist",
                    $"Correct {fromAnsible.Name}, or pass the inventory with -i");
            }
            return fromAnsible.Value;
        }
        return ["inventory.yaml"];
    }
}
