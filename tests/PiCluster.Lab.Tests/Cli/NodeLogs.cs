namespace PiCluster.Lab.Tests.Cli;

/// <summary>Where each node's simulator and SSH logs ended at one moment, so a test reads only what came after.</summary>
public sealed class NodeLogs
{
    readonly TestLab lab;
    readonly Dictionary<string, (int SimCalls, int SshCommands)> marks;

    NodeLogs(TestLab lab, IEnumerable<string> nodes)
    {
        this.lab = lab;
        marks = nodes.ToDictionary(node => node, node => (lab.SimCalls(node).Count, lab.SshCommands(node).Count));
    }

    public static NodeLogs Mark(TestLab lab, params string[] nodes) => new(lab, nodes);

    public IReadOnlyList<string> NewSimCalls(string node) => [.. lab.SimCalls(node).Skip(marks[node].SimCalls)];

    public IReadOnlyList<string> NewSshCommands(string node) => [.. lab.SshCommands(node).Skip(marks[node].SshCommands)];

    /// <summary>The one command `plan` and `up` send each host to read its facts (the sections it prints are marked `@@picluster`).</summary>
    public static bool IsFactsProbe(string sshCommand) => sshCommand.Contains("@@picluster", StringComparison.Ordinal);

    /// <summary>What the facts probe and the recap ask the simulator; none of it changes anything.</summary>
    public static readonly string[] Queries =
    [
        "snap list", "lsblk -J -o NAME,MODEL,SIZE,TYPE,MOUNTPOINTS,FSTYPE", "microk8s status --format short",
        "microk8s kubectl get nodes -o json", "microk8s kubectl get storageclass -o name",
    ];
}
