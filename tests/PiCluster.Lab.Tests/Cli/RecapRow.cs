namespace PiCluster.Lab.Tests.Cli;

/// <summary>One host's row of the recap `up` ends with.</summary>
public sealed record RecapRow(int Ok, int Changed, int Unreachable, int Failed, int Skipped);
