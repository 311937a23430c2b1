using PiCluster.Remote;
using PiCluster.Run;

namespace PiCluster.Access;

/// <summary>What `ssh-copy-id` does: put a public key in ~/.ssh/authorized_keys once, then prove it logs in.</summary>
public static class CopyId
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    // The key arrives on stdin; the blob (unique per key) decides whether it is already there, whatever its comment.
    const string Install = """
        umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys || exit 1
        read -r line; blob=$(printf '%s\n' "$line" | cut -d' ' -f2)
        if grep -qF -- " $blob" ~/.ssh/authorized_keys; then echo present; exit 0; fi
        [ -s ~/.ssh/authorized_keys ] && [ -n "$(tail -c1 ~/.ssh/authorized_keys)" ] && echo >> ~/.ssh/authorized_keys
        printf '%s\n' "$line" >> ~/.ssh/authorized_keys && echo added
        """;

    /// <summary>`copy-id` on every selected host. <paramref name="keyOnly"/> offers no key but the one given (no agent, no default
    /// keys), so that "already works" means this key; <paramref name="password"/> is asked for once, and only if some host needs it.</summary>
    public static async Task<IReadOnlyList<HostOutcome<CopyIdResult>>> RunAsync(
        RunScope scope, IRemoteConnector keyOnly, string keyLine, string? privateKey, Func<string?> password, IHostProgress progress, CancellationToken ct)
    {
        var tried = privateKey is null ? [] : (await EachHost.RunAsync(scope.Targets, scope.Forks,
            (target, token) => KeyLogsInAsync(keyOnly, target, privateKey, token), _ => { }, ct)).ToDictionary(o => o.Target.Name);
        var asked = new Lazy<string?>(password);
        var outcomes = await HostsWork.RunAsync(scope.Targets, scope.Forks, progress, "copy-id", async (target, token) =>
            {
                var first = tried.GetValueOrDefault(target.Name);
                if (first is { Succeeded: true, Value: true }) return CopyIdResult.AlreadyAuthorized;
                if (first is { Succeeded: false }) throw new RemoteException(first.Failure!.Value, first.Message!);
                var secret = target.Connection.Password ?? asked.Value
                    ?? throw new RemoteException(RemoteFailure.AuthFailed, $"{target.Name} needs a password to install the key: set PICLUSTER_SSH_PASSWORD or run from a terminal");
                return await InstallAsync(keyOnly, target, keyLine, privateKey, secret, CommandTimeout, token);
            },
            Describe, ct);
        // A host's time includes the first login with the key, which alone decides "already authorized".
        return [.. outcomes.Select(o => tried.TryGetValue(o.Target.Name, out var first) ? o with { Elapsed = o.Elapsed + first.Elapsed } : o)];
    }

    public static string Describe(CopyIdResult result) => result switch
    {
        CopyIdResult.AlreadyAuthorized => "already authorized",
        CopyIdResult.Installed => "installed; key login works",
        CopyIdResult.AlreadyPresent => "already in authorized_keys",
        _ => result.ToString(),
    };

    /// <summary>True when <paramref name="privateKey"/> already logs in; false when the host refuses it (a password is then needed).</summary>
    static async Task<bool> KeyLogsInAsync(IRemoteConnector keyOnly, HostTarget target, string privateKey, CancellationToken ct)
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

    static async Task<CopyIdResult> InstallAsync(
        IRemoteConnector keyOnly, HostTarget target, string keyLine, string? privateKey, string password, TimeSpan timeout, CancellationToken ct)
    {
        var withPassword = target.Connection with { Password = password, KeyFiles = [] };
        string answer;
        await using (var shell = await keyOnly.ConnectAsync(withPassword, ct))
        {
            var result = await shell.RunAsync(Install, keyLine + "\n", timeout, ct);
            if (!result.Succeeded)
                throw new RemoteException(RemoteFailure.CommandFailed, $"could not write ~/.ssh/authorized_keys on {target.Name}: {result.FirstErrorLine}");
            answer = result.StdOut.Trim();
        }
        if (privateKey is not null && !await KeyLogsInAsync(keyOnly, target, privateKey, ct))
        {
            throw new RemoteException(RemoteFailure.AuthFailed,
                $"the key is in ~/.ssh/authorized_keys on {target.Name} but sshd still refuses it: check the permissions of ~/.ssh (700) and authorized_keys (600), and sshd's AuthorizedKeysFile");
        }

        return answer == "present" ? CopyIdResult.AlreadyPresent : CopyIdResult.Installed;
    }

    static HostConnection KeyLogin(HostTarget target, string privateKey) => target.Connection with { KeyFiles = [privateKey], Password = null };
}
