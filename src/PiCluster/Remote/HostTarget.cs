using PiCluster.Hosts;

namespace PiCluster.Remote;

/// <summary>One host to work on: its inventory entry, how to reach it, and its sudo password if it has one.</summary>
public sealed record HostTarget(InventoryHost Host, HostConnection Connection, string? BecomePassword)
{
    public string Name => Host.Name;
}
