using PiCluster.Remote;

namespace PiCluster.Access;

/// <summary>What `ssh-copy-id` does: put a public key in ~/.ssh/authorized_keys once, then prove it logs in.</summary>
public static class CopyId
{
    // The key arrives on stdin; the blob (unique per key) decides whether it is already there, whatever its comment.
    const string Install = """
        umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys || exit 1
        read -r line; blob=$(printf '%s\n' "$line" | cut -d' ' -f2)
        if grep -qF -- " $blob" ~/.ssh/authorized_keys; then echo present; exit 0; fi
        [ -s ~/.ssh/authorized_keys ] && [ -n "$(tail -c1 ~/.ssh/authorized_keys)" ] && echo >> ~/.ssh/authorized_keys
        printf '%s\n' "$line" >> ~/.ssh/authorized_keys && echo added
        """;

    /// <summary>True when <paramref name="privateKey"/> already logs in; false when the host refuses it (a password is then needed).</summary>
    public static async Task<bool> KeyLogsInAsync(IRemoteConnector keyOnly, HostTarget target, string privateKey, CancellationToken ct)
    {
        try
        {
            await using var shell = await keyOnly.ConnectAsync(KeyLogin(target, privateKey), ct);
            return true;
        }
        catch (RemoteException e) when (e.Reason == RemoteFailure.AuthFailed)
        {
            return false;
        }
    }

    public static async Task<CopyIdResult> InstallAsync(
        IRemoteConnector keyOnly, HostTarget target, PublicKey key, string? privateKey, string password, TimeSpan timeout, CancellationToken ct)
    {
        var withPassword = target.Connection with { Password = password, KeyFiles = [] };
        string answer;
        await using (var shell = await keyOnly.ConnectAsync(withPassword, ct))
        {
            var result = await shell.RunAsync(Install, key.Line + "\n", timeout, ct);
            if (!result.Succeeded)
                throw new RemoteException(RemoteFailure.CommandFailed, $"could not write ~/.ssh/authorized_keys on {target.Name}: {result.FirstErrorLine}");
            answer = result.StdOut.Trim();
        }
        if (privateKey is not null && !await KeyLogsInAsync(keyOnly, target, privateKey, ct))
            throw new RemoteException(RemoteFailure.AuthFailed,
                $"the key is in ~/.ssh/authorized_keys on {target.Name} but sshd still refuses it: check the permissions of ~/.ssh (700) and authorized_keys (600), and sshd's AuthorizedKeysFile");
        return answer == "present" ? CopyIdResult.AlreadyPresent : CopyIdResult.Installed;
    }

    static HostConnection KeyLogin(HostTarget target, string privateKey) => target.Connection with { KeyFiles = [privateKey], Password = null };
}
