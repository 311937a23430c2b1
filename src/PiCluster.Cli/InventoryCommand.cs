using System.CommandLine;
using PiCluster.Ansible;
using PiCluster.Ansible.Config;
using PiCluster.Ansible.Output;

namespace PiCluster.Cli;

/// <summary>`picluster inventory list|graph`: the inventory as PiCluster reads it, in ansible-inventory's own formats.</summary>
public static class InventoryCommand
{
    // ansible-inventory prints these in clear; PiCluster never prints a secret.
    static readonly HashSet<string> Redacted = ["ansible_password", "ansible_ssh_pass", "ansible_become_password", "ansible_become_pass"];

    public static Command Create()
    {
        var inventory = new Command("inventory", "Show the inventory as PiCluster reads it (the same output as ansible-inventory).");
        inventory.Subcommands.Add(Create("list", "Print the resolved inventory as JSON, as `ansible-inventory --list` does (secrets masked).",
            (all, selected) => AnsibleInventoryJson.List(all, selected, Redacted)));
        inventory.Subcommands.Add(Create("graph", "Print the groups and hosts as a tree, as `ansible-inventory --graph` does.", AnsibleInventoryGraph.Render));
        return inventory;
    }

    static Command Create(string name, string description, Func<Inventory, IReadOnlyList<InventoryHost>, string> render)
    {
        var path = InventoryOption.Create();
        var limit = LimitOption.Create();
        var command = new Command(name, description) { path, limit };
        command.SetAction(parse =>
        {
            var config = AnsibleConfig.Load();
            foreach (var warning in config.Warnings) Console.Error.WriteLine($"warning: {warning}");
            // Any inventory Ansible loads is listed, hosts PiCluster would not reach included: only the commands that act check them.
            var inventory = InventoryLoader.Load(InventoryOption.Sources(parse.GetValue(path), config));
            foreach (var warning in inventory.Warnings) Console.Error.WriteLine($"warning: {warning}");
            Console.WriteLine(render(inventory, HostPattern.Select(inventory, parse.GetValue(limit))));
            return 0;
        });
        return command;
    }
}
