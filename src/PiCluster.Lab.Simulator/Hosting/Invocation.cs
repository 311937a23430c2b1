namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>One call of the simulator: which lab, which node, who called, and the program's own arguments.</summary>
public sealed record Invocation(LabPaths Paths, string Node, string Program, IReadOnlyList<string> Args, Caller Caller)
{
    /// <summary>Everything after `--node NAME`, as recorded in the call log.</summary>
    public IReadOnlyList<string> Argv => [Program, .. Args];

    public LabSettings Settings => settings ??= LabJson.ReadSettings(Paths);

    public LabNode Self => Settings.FindNode(Node)
        ?? throw new InvalidOperationException($"node {Node} is not in {Paths.Settings}");

    public LabDelays Delays => Settings.Delays;

    public NodeFiles Files => new(Paths, Node);

    LabSettings? settings;

    public static bool TryParse(string[] argv, out Invocation invocation, out string usage)
    {
        invocation = null!;
        usage = "usage: picluster-sim --lab DIR --node NAME (snap|microk8s|microceph|ceph|lsblk|fault) [ARGS...]";
        if (argv.Length < 5 || argv[0] != "--lab" || argv[2] != "--node")
            return false;

        invocation = new Invocation(new LabPaths(argv[1]), argv[3], argv[4], argv[5..], Caller.Current());
        return true;
    }
}
