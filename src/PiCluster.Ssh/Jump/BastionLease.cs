namespace PiCluster.Ssh.Jump;

/// <summary>One host's use of a shared jump host connection; disposing it lets the connection close once no host uses it.</summary>
sealed class BastionLease(Bastions pool, Bastion bastion) : IDisposable
{
    int released;

    public Tunnel OpenTunnel(string address, int port) => bastion.OpenTunnel(address, port);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
            pool.Release(bastion);
    }
}
