namespace PiCluster.Ssh.Keys;

/// <summary>A key that cannot be used, said without the host (keys are shared by every connection of a run); the connector adds the host.</summary>
sealed class KeyProblemException(string message) : Exception(message);
