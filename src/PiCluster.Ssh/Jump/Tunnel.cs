using Renci.SshNet;

namespace PiCluster.Ssh.Jump;

/// <summary>A port on 127.0.0.1 that the jump host forwards to one target's sshd; the target's own connection goes through it.</summary>
sealed class Tunnel : IDisposable
{
    readonly ForwardedPortLocal forward;
    readonly Action<ForwardedPortLocal> remove;

    public Tunnel(ForwardedPortLocal forward, Action<ForwardedPortLocal> remove)
    {
        this.forward = forward;
        this.remove = remove;
        forward.Exception += (_, e) => Failure ??= e.Exception;
        PoolThreads.Reserve(1);
        forward.Start();
    }

    public int LocalPort => (int)forward.BoundPort;

    /// <summary>Why the jump host could not reach the target, when it could not.</summary>
    public Exception? Failure { get; private set; }

    public void Dispose()
    {
        if (forward.IsStarted)
            forward.Stop();
        remove(forward);
        forward.Dispose();
        PoolThreads.Reserve(-1);
    }
}
