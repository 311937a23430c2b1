namespace PiCluster.Remote;

/// <summary>A bastion to reach a host through, as `ssh -J user@address:port` names it.</summary>
public sealed record JumpHost(string Address, int Port, string? User);
