namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What every microk8s subcommand works with: the call, the shared cluster store and the node's files.</summary>
public sealed record MicroK8sContext(Invocation Invocation, Fault? Fault)
{
    public ClusterStore Store { get; } = new(Invocation.Paths);

    public NodeFiles Files => Invocation.Files;

    public string Node => Invocation.Node;

    public LabNode Self => Invocation.Self;

    public LabDelays Delays => Invocation.Delays;

    /// <summary>A fresh look at the shared state.</summary>
    public ClusterView View() => new(Invocation, Store.Read());

    public bool FaultIs(string kind) => Fault?.Is(kind) == true;
}
