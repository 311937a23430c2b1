namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>A join token record: bound to the joiner's name, single use, valid until Expires.</summary>
public sealed record CephToken(string Name, string Secret, DateTimeOffset Expires);
