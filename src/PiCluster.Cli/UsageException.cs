namespace PiCluster.Cli;

/// <summary>An option value that cannot work, said in one line.</summary>
public sealed class UsageException(string message) : Exception(message);
