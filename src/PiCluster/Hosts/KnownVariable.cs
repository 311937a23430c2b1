namespace PiCluster.Hosts;

/// <summary>An inventory variable PiCluster reads: its type, what it means, an example, and the only values allowed (if limited).</summary>
public sealed record KnownVariable(string Name, VariableType Type, string Meaning, string Example, IReadOnlyList<string>? Allowed = null);
