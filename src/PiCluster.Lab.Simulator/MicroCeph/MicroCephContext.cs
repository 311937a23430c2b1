namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>What every microceph subcommand works with: the call, the shared store, the node's files and its identity.</summary>
public sealed record MicroCephContext(Invocation Invocation)
{
    public MicroCephStore Store { get; } = new(Invocation.Paths);

    public MicroCephFiles Files { get; } = new(Invocation.Paths, Invocation.Node);

    public string Node => Invocation.Node;

    /// <summary>os.Hostname(): the member name bootstrap and join use.</summary>
    public static string Hostname => NodeEnvironment.Hostname();

    /// <summary>A member answers when its Pi is powered on and its daemon runs.</summary>
    public bool Online(CephMember member) =>
        LabJson.ReadPower(Invocation.Paths, member.Node) == "on"
        && new MicroCephFiles(Invocation.Paths, member.Node).DaemonRunning
        && Store.Read().ClusterOf(member.Node)?.Members.Any(m => m.Address == member.Address) == true;

    public const string NotInitialized = "Error: Database is not yet initialized";

    public const string DatabaseOnline = "Error: Unable to initialize cluster: Database is online";
}
