using System.CommandLine;
using PiCluster.Access;
using PiCluster.Cli.Json;
using PiCluster.Remote;
using PiCluster.Ssh;
using PiCluster.Ssh.Keys;

namespace PiCluster.Cli;

/// <summary>`picluster copy-id`: what ssh-copy-id does, for every host at once, asking for the password only if some host needs it.</summary>
public static class CopyIdCommand
{
    static readonly string[] DefaultKeys = ["id_ed25519", "id_ecdsa", "id_rsa"];

    public static Command Create()
    {
        var hosts = new HostOptions();
        var output = OutputOption.Create();
        var key = new Option<string?>("--key") { Description = "the public key to install (default: the inventory's ansible_ssh_private_key_file, or ansible.cfg's private_key_file, + .pub, else ~/.ssh/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub)" };
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
            string? Password() => Secrets.Add(Environment.GetEnvironmentVariable("PICLUSTER_SSH_PASSWORD")) ?? ConsolePrompt.Instance.Ask("SSH password:");
            var outcomes = await CopyId.RunAsync(run.Scope, keyOnly, publicKey.Line, privateKey, Password, new HostProgress(), ct);
            if (parse.GetValue(output) != OutputFormat.Json) return HostResultTable.Render(outcomes, CopyId.Describe, $"accept {Path.GetFileName(privateKey ?? publicKeyFile)}");
            OutputJson.Write(HostsDocument.From("copy-id", outcomes, (result, entry) => entry with { Result = HostsDocument.Code(result) }));
            return HostExit.Code(outcomes);
        });
        return command;
    }

    static string DefaultPublicKey(HostRun run)
    {
        var fromInventory = run.Scope.Targets.SelectMany(t => t.Connection.KeyFiles).Select(k => k + ".pub").FirstOrDefault(File.Exists);
        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ssh");
        return fromInventory
            ?? DefaultKeys.Select(k => Path.Combine(home, k + ".pub")).FirstOrDefault(File.Exists)
            ?? throw new UsageException($"no public key found (looked for the inventory's key.pub and {home}/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub); make one with `ssh-keygen -t ed25519` or pass --key FILE.pub");
    }
}
