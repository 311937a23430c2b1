using PiCluster.Remote;
using PiCluster.Ssh.Agent;
using PiCluster.Ssh.Jump;
using PiCluster.Ssh.Keys;
using Renci.SshNet;

namespace PiCluster.Ssh;

/// <summary>Connects over SSH.NET with OpenSSH's rules: known_hosts always checked, keys then agent then password, ProxyJump through a shared bastion connection. One instance serves a whole run, from many threads.</summary>
public sealed class SshConnector : IRemoteConnector
{
    readonly SshOptions options;
    readonly KeyFiles keyFiles;
    readonly Authentication authentication;
    readonly SessionOpener opener;
    readonly Bastions bastions = new();

    public SshConnector(SshOptions options)
    {
        this.options = options;
        keyFiles = new KeyFiles(options);
        authentication = new Authentication(keyFiles, options.AgentSocket is { Length: > 0 } socket ? new SshAgent(socket) : null);
        opener = new SessionOpener(options);
    }

    public async Task<IRemoteShell> ConnectAsync(HostConnection host, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var attempt = new ConnectAttempt();
        // SSH.NET's handshake blocks its thread; fifty of those would starve the thread pool.
        var opening = Task.Factory.StartNew(() => Open(host, attempt), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return await opening.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            _ = Task.Run(attempt.Abort, CancellationToken.None);
            _ = opening.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.FromException(t.Exception!), TaskScheduler.Default);
            throw;
        }
    }

    SshShell Open(HostConnection host, ConnectAttempt attempt)
    {
        var target = new SshEndpoint(host.Host, host.Address, host.Port, host.User, host.KexAlgorithms);
        try
        {
            using var auth = authentication.For(target, host.KeyFiles, host.Password);
            RequireSomething(target, auth);
            if (host.Jump is not { } via)
            {
                var direct = opener.Open(target, (host.Address, host.Port), auth, KnownHostsFiles(host), host.ConnectTimeout, attempt);
                attempt.Succeed();
                return new SshShell(direct, target, []);
            }
            var lease = attempt.Own(bastions.Acquire($"{via.User ?? host.User}@{via.Address}:{via.Port}", () => OpenBastion(host, via)));
            var tunnel = attempt.Own(lease.OpenTunnel(host.Address, host.Port));
            try
            {
                var client = opener.Open(target, ("127.0.0.1", tunnel.LocalPort), auth, KnownHostsFiles(host), host.ConnectTimeout, attempt);
                attempt.Succeed();
                return new SshShell(client, target, [tunnel, lease]);
            }
            catch (RemoteException e) when (e.Reason == RemoteFailure.Disconnected)
            {
                // SSH.NET closes the tunnel's socket without a word when the jump host cannot open the connection.
                var why = tunnel.Failure is { } failure ? $" ({failure.Message})" : "";
                throw new RemoteException(RemoteFailure.Unreachable,
                    $"{target.Where} cannot be reached through the jump host {via.Address}:{via.Port}{why}: check that the Pi is up and that its address is right as the jump host sees it", e);
            }
        }
        catch (KeyProblemException e)
        {
            attempt.Abort();
            throw new RemoteException(RemoteFailure.KeyUnusable, $"{target.Name}: {e.Message}", e);
        }
        catch
        {
            attempt.Abort();
            throw;
        }
    }

    SshClient OpenBastion(HostConnection host, JumpHost via)
    {
        var bastion = new SshEndpoint("the jump host", via.Address, via.Port, via.User ?? host.User);
        // The target's password is never sent to another machine.
        using var auth = authentication.For(bastion, host.KeyFiles, password: null);
        RequireSomething(bastion, auth);
        return opener.Open(bastion, (via.Address, via.Port), auth, KnownHostsFiles(host), host.ConnectTimeout, new ConnectAttempt());
    }

    List<string> KnownHostsFiles(HostConnection host) =>
        host.KnownHostsFiles.Append(Path.Join(options.Home, ".ssh", "known_hosts")).Append(options.SystemKnownHostsFile).Distinct().ToList();

    void RequireSomething(SshEndpoint host, AuthPlan auth)
    {
        if (auth.Methods.Count == 0)
        {
            throw new RemoteException(RemoteFailure.AuthFailed,
                $"{host.UserAtWhere} cannot be logged in to: there is no key in {keyFiles.Label(Path.Join(options.Home, ".ssh"))} (id_ed25519, id_ecdsa, id_rsa), no ssh-agent key and no password; "
                + "create a key with `ssh-keygen -t ed25519` and install it with `picluster copy-id`, or set ansible_ssh_private_key_file");
        }
    }
}
