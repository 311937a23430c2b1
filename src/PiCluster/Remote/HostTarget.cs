using PiCluster.Ansible;

namespace PiCluster.Remote;

/// <summary>One host to work on: its inventory entry, how to reach it, and its sudo password if it has one.</summary>
public sealed record HostTarget(InventoryHost Host, HostConnection Connection, string? BecomePassword)
{
    public string Name => Host.Name;

    /// <summary>Inventory settings that have no effect, each saying why (e.g. StrictHostKeyChecking=no).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
