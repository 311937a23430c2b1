namespace PiCluster.Lab;

/// <summary>A lab failure the operator can act on; its message says what happened and what to do.</summary>
public sealed class LabException(string message) : Exception(message);
