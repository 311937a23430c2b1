using Renci.SshNet;

namespace PiCluster.Ssh.Jump;

/// <summary>The jump host connections of a run: one per jump host and user, since sshd's MaxStartups drops many parallel logins to one machine.</summary>
sealed class Bastions
{
    readonly Lock gate = new();
    readonly Dictionary<string, Bastion> open = [];

    /// <summary>Blocks until the jump host is connected (by this caller or another), or throws why it could not be.</summary>
    public BastionLease Acquire(string key, Func<SshClient> connect)
    {
        Bastion bastion;
        lock (gate)
        {
            if (!open.TryGetValue(key, out bastion!) || bastion.Broken)
            {
                bastion = new Bastion(key, connect);
                open[key] = bastion;
            }
            bastion.Users++;
        }
        try
        {
            _ = bastion.Client;
            return new BastionLease(this, bastion);
        }
        catch
        {
            Release(bastion);
            throw;
        }
    }

    public void Release(Bastion bastion)
    {
        lock (gate)
        {
            if (--bastion.Users > 0)
                return;
            if (open.TryGetValue(bastion.Key, out var current) && current == bastion)
                open.Remove(bastion.Key);
        }
        bastion.Close();
    }
}
