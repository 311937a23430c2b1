using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.Agent;

/// <summary>A key ssh-agent holds, with the comment `ssh-add -l` shows.</summary>
sealed record AgentKey(PublicKey Key, string Comment)
{
    public string Label => $"ssh-agent key {(Comment.Length > 0 ? Comment : Key.Fingerprint)}";
}
