namespace PiCluster.Lab.Simulator.MicroCeph;

/// A join token record: bound to the joiner's name, single use, valid until Expires.
public sealed record CephToken(string Name, string Secret, DateTimeOffset Expires);
