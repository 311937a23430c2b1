namespace PiCluster.Remote;

/// <summary>Asks the operator for a secret (a key's passphrase, a password) without echo; null when nobody can answer.</summary>
public interface ISecretPrompt
{
    string? Ask(string question);
}
