namespace PiCluster.Lab;

/// <summary>Where everything of one lab lives below its directory.</summary>
public sealed record LabPaths(string Dir)
{
    public string Settings => Path.Combine(Dir, "lab.json");
    public string Inventory => Path.Combine(Dir, "inventory.yaml");
    public string ClientKey => Path.Combine(Dir, "client", "id_ed25519");
    public string KnownHosts => Path.Combine(Dir, "client", "known_hosts");
    public string SshConfig => Path.Combine(Dir, "client", "ssh_config");
    public string Bin => Path.Combine(Dir, "bin");
    public string Simulator => Path.Combine(Bin, "picluster-sim");

    /// <summary>State shared by the simulators of all nodes (the cluster as MicroK8s and MicroCeph hold it).</summary>
    public string Cluster => Path.Combine(Dir, "cluster");

    public string NodeDir(string node) => Path.Combine(Dir, "nodes", node);

    /// <summary>Seen inside the node as /snap.</summary>
    public string Snap(string node) => Path.Combine(NodeDir(node), "snap");

    /// <summary>Seen inside the node as /var/snap.</summary>
    public string VarSnap(string node) => Path.Combine(NodeDir(node), "var-snap");

    /// <summary>Seen inside the node as /boot/firmware.</summary>
    public string BootFirmware(string node) => Path.Combine(NodeDir(node), "boot-firmware");

    /// <summary>One word: on, off, paused or rebooting. Written by the lab, read by simulators.</summary>
    public string Power(string node) => Path.Combine(NodeDir(node), "power");

    /// <summary>The simulator's record of every call on this node, one JSON object a line.</summary>
    public string SimulatorCalls(string node) => Path.Combine(NodeDir(node), "sim-calls.log");

    /// <summary>Every command sshd was asked to run on this node, one a line.</summary>
    public string SshCommands(string node) => Path.Combine(NodeDir(node), "ssh-commands.log");

    /// <summary>Faults to inject into the node's next simulator calls.</summary>
    public string Faults(string node) => Path.Combine(NodeDir(node), "faults.json");
}
