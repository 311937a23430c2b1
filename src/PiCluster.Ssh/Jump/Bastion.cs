using Renci.SshNet;

namespace PiCluster.Ssh.Jump;

/// <summary>One jump host's connection, opened by the first host that needs it and shared by all the hosts behind it.</summary>
sealed class Bastion(string key, Func<SshClient> connect)
{
    readonly Lazy<SshClient> client = new(connect, LazyThreadSafetyMode.ExecutionAndPublication);
    // SSH.NET's list of forwarded ports is not thread-safe, and hosts behind one jump host connect in parallel.
    readonly Lock ports = new();

    public string Key => key;

    /// <summary>How many hosts use it; guarded by <see cref="Bastions"/>.</summary>
    public int Users { get; set; }

    public bool Broken => client.IsValueCreated && !client.Value.IsConnected;

    /// <summary>Waits for the connection, or throws why it failed.</summary>
    public SshClient Client => client.Value;

    public Tunnel OpenTunnel(string address, int port)
    {
        var forward = new ForwardedPortLocal("127.0.0.1", 0, address, (uint)port);
        lock (ports)
        {
            Client.AddForwardedPort(forward);
        }
        return new Tunnel(forward, Remove);
    }

    public void Close()
    {
        if (client.IsValueCreated)
            client.Value.Dispose();
    }

    void Remove(ForwardedPortLocal forward)
    {
        lock (ports)
        {
            if (Client.IsConnected)
                Client.RemoveForwardedPort(forward);
        }
    }
}
