namespace PiCluster.Steps;

/// <summary>A step that could not do its work; the message is one plain sentence naming the host, what failed and the fix.</summary>
public sealed class StepException(string message) : Exception(message);
