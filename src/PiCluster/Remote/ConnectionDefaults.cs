using PiCluster.Ansible;
using PiCluster.Ansible.Config;

namespace PiCluster.Remote;

/// <summary>
/// How every host is reached unless its inventory variables say otherwise: ansible.cfg's (or ANSIBLE_*'s) remote_user,
/// private_key_file and ssh_args, and the connect timeout (-T, else the configuration's, else 10 s).
/// </summary>
public sealed record ConnectionDefaults
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public string? User { get; init; }
    public string? KeyFile { get; init; }

    /// <summary>ssh_args, which Ansible puts on ssh's command line before the inventory's ansible_ssh_common_args.</summary>
    public SshCommonArgs SshArgs { get; init; } = new();

    /// <summary>The configuration's settings; a malformed ssh_args is an <see cref="InventoryException"/> at its line (or naming ANSIBLE_SSH_ARGS).</summary>
    public static ConnectionDefaults From(AnsibleConfig config, TimeSpan connectTimeout) => new()
    {
        ConnectTimeout = connectTimeout,
        User = config.RemoteUser?.Value is { Length: > 0 } user ? user : null,
        KeyFile = config.PrivateKeyFile?.Value,
        SshArgs = config.SshArgs is { } sshArgs ? Read(sshArgs) : new(),
    };

    static SshCommonArgs Read(ConfigValue<string> sshArgs)
    {
        SshCommonArgs args;
        try
        {
            args = SshCommonArgs.Parse(sshArgs.Value);
        }
        catch (FormatException e)
        {
            var place = sshArgs.Where is null ? "" : $" in {sshArgs.Where.File}";
            throw new InventoryException(sshArgs.Where, $"{sshArgs.Name}: {e.Message.TrimEnd('.')}", $"Correct it{place}");
        }
        // Its warnings say where the option was written, as it is not in the inventory.
        var origin = sshArgs.Where is null ? sshArgs.Name : $"ssh_args in {sshArgs.Where.File}:{sshArgs.Where.Line}";
        return args with { Ignored = [.. args.Ignored.Select(warning => $"{origin}: {warning}")] };
    }
}
