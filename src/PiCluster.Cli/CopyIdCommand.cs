using System.CommandLine;
using PiCluster.Access;
using PiCluster.Remote;
using PiCluster.Ssh;

namespace PiCluster.Cli;

/// <summary>`picluster copy-id`: what ssh-copy-id does, for every host at once, asking for the password only if some host needs it.</summary>
public static class CopyIdCommand
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    static readonly string[] DefaultKeys = ["id_ed25519", "id_ecdsa", "id_rsa"];

    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var key = new Option<string?>("--key") { Description = "the public key to install (default: the inventory's ansible_ssh_private_key_file + .pub, else ~/.ssh/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub)" };
        var command = new Command("copy-id", "Install your public key in ~/.ssh/authorized_keys on every host, logging in once with the password; changes nothing where the key already works.") { key, output };
        hosts.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var run = hosts.Resolve(parse);
            var publicKeyFile = parse.GetValue(key) ?? DefaultPublicKey(run);
            var publicKey = PublicKey.Read(publicKeyFile);
            var privateKey = publicKeyFile.EndsWith(".pub", StringComparison.Ordinal) && File.Exists(publicKeyFile[..^4]) ? publicKeyFile[..^4] : null;
            // Only this key may count as "already works": no agent, no default keys.
            var keyOnly = new LoggingConnector(new SshConnector(run.Ssh with { AgentSocket = null }), RunLog.Write);
            var tried = privateKey is null ? [] : (await EachHost.RunAsync(run.Targets, run.Forks,
                (target, token) => CopyId.KeyLogsInAsync(keyOnly, target, privateKey, token), _ => { }, ct)).ToDictionary(o => o.Target.Name);
            var password = new Lazy<string?>(() => Secrets.Add(Environment.GetEnvironmentVariable("PICLUSTER_SSH_PASSWORD")) ?? ConsolePrompt.Instance.Ask("SSH password:"));
            var outcomes = await HostWork.RunAsync(run, "copy-id", async (target, token) =>
                {
                    var first = tried.GetValueOrDefault(target.Name);
                    if (first is { Succeeded: true, Value: true }) return CopyIdResult.AlreadyAuthorized;
                    if (first is { Succeeded: false }) throw new RemoteException(first.Failure!.Value, first.Message!);
                    var secret = target.Connection.Password ?? password.Value
                        ?? throw new RemoteException(RemoteFailure.AuthFailed, $"{target.Name} needs a password to install the key: set PICLUSTER_SSH_PASSWORD or run from a terminal");
                    return await CopyId.InstallAsync(keyOnly, target, publicKey, privateKey, secret, CommandTimeout, token);
                },
                Describe, ct);
            return parse.GetValue(output) == OutputFormat.Json
                ? HostResultJson.Write(outcomes, (json, result) => json.WriteString("result", Describe(result)))
                : HostResultTable.Render(outcomes, Describe, $"accept {Path.GetFileName(privateKey ?? publicKeyFile)}");
        });
        return command;
    }

    static string Describe(CopyIdResult result) => result switch
    {
        CopyIdResult.AlreadyAuthorized => "already authorized",
        CopyIdResult.Installed => "installed; key login works",
        CopyIdResult.AlreadyPresent => "already in authorized_keys",
        _ => result.ToString(),
    };

    static string DefaultPublicKey(HostRun run)
    {
        var fromInventory = run.Targets.SelectMany(t => t.Connection.KeyFiles).Select(k => k + ".pub").FirstOrDefault(File.Exists);
        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh");
        return fromInventory
            ?? DefaultKeys.Select(k => Path.Combine(home, k + ".pub")).FirstOrDefault(File.Exists)
            ?? throw new UsageException($"no public key found (looked for the inventory's key.pub and {home}/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub); make one with `ssh-keygen -t ed25519` or pass --key FILE.pub");
    }
}
