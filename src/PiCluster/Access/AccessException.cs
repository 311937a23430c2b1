namespace PiCluster.Access;

/// <summary>Bad input to an access command (a missing or malformed key file), said in one line with the fix.</summary>
public sealed class AccessException(string message) : Exception(message);
