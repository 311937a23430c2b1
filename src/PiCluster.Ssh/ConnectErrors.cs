using System.Net.Sockets;
using PiCluster.Remote;
using PiCluster.Ssh.Keys;
using Renci.SshNet.Common;
using Renci.SshNet.Messages.Transport;

namespace PiCluster.Ssh;

/// <summary>Turns what SSH.NET and the socket layer throw while connecting into the sentence an operator can act on; null for what is a bug.</summary>
static class ConnectErrors
{
    public static RemoteException? Translate(Exception error, SshEndpoint host, AuthPlan auth, TimeSpan timeout) => error switch
    {
        RemoteException remote => remote,
        KeyProblemException key => new RemoteException(RemoteFailure.KeyUnusable, $"{host.Name}: {key.Message}", key),
        SocketException socket => Socket(socket, host, timeout),
        SshOperationTimeoutException => TimedOut(host, timeout, error),
        SshAuthenticationException => Rejected(host, auth, error),
        SshConnectionException { DisconnectReason: DisconnectReason.NoMoreAuthenticationMethodsAvailable } => Rejected(host, auth, error),
        SshConnectionException closed => new RemoteException(RemoteFailure.Disconnected,
            $"{host.Where} closed the connection during the SSH handshake ({closed.Message}); check sshd's log on the Pi (journalctl -u ssh)", closed),
        _ => null,
    };

    static RemoteException Socket(SocketException error, SshEndpoint host, TimeSpan timeout) => error.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new RemoteException(RemoteFailure.Refused,
            $"{host.Where} refused the connection on port {host.Port}: is sshd running? Check that the Pi has booted and ssh is enabled, and that ansible_port is right", error),
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NoRecovery => new RemoteException(RemoteFailure.Unreachable,
            $"cannot resolve {host.Address} (the address of {host.Name}): check ansible_host, or use the Pi's IP address", error),
        SocketError.TimedOut => TimedOut(host, timeout, error),
        _ => new RemoteException(RemoteFailure.Unreachable,
            $"{host.Where} is unreachable ({error.Message}): check that it is powered on and on the network", error),
    };

    static RemoteException TimedOut(SshEndpoint host, TimeSpan timeout, Exception error) => new(RemoteFailure.Timeout,
        $"{host.Where} did not answer within {timeout.TotalSeconds:0.#} s: check that the Pi is powered on and not hung, or allow longer with -o ConnectTimeout=N in ansible_ssh_common_args", error);

    static RemoteException Rejected(SshEndpoint host, AuthPlan auth, Exception error)
    {
        List<string> tried = [];
        if (auth.Offered.Count > 0)
            tried.Add((auth.Offered.Count == 1 ? "the key " : "the keys ") + string.Join(", ", auth.Offered));
        if (auth.Password)
            tried.Add("the password");
        var offered = tried.Count == 0 ? "the login" : string.Join(" and ", tried);
        var skipped = auth.Skipped.Count == 0 ? "" : $" (not offered: {string.Join("; ", auth.Skipped)})";
        var fix = auth.Password
            ? "check ansible_password, or install a key with `picluster copy-id`"
            : "install a key with `picluster copy-id`, or point ansible_ssh_private_key_file at a key the Pi accepts";
        return new RemoteException(RemoteFailure.AuthFailed, $"{host.UserAtWhere} refused {offered}{skipped}: {fix}", error);
    }
}
