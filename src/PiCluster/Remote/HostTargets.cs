using PiCluster.Hosts;

namespace PiCluster.Remote;

/// <summary>Reads a host's Ansible connection variables into how to reach it, as Ansible's ssh connection would.</summary>
public static class HostTargets
{
    public static HostTarget From(InventoryHost host, TimeSpan defaultTimeout, string? askedBecomePassword)
    {
        var args = Read(host, "ansible_ssh_common_args", SshCommonArgs.Parse)
            .Merge(Read(host, "ansible_ssh_extra_args", SshCommonArgs.Parse));
        var keyFile = host.GetString("ansible_ssh_private_key_file");
        var connection = new HostConnection
        {
            Host = host.Name,
            Address = host.GetString("ansible_host") ?? host.GetString("ansible_ssh_host") ?? host.Name,
            Port = host.GetInt("ansible_port") ?? host.GetInt("ansible_ssh_port") ?? args.Port ?? 22,
            User = host.GetString("ansible_user") ?? host.GetString("ansible_ssh_user") ?? args.User ?? Environment.UserName,
            KeyFiles = keyFile is not null ? [HomePath.Expand(keyFile)] : args.IdentityFiles,
            Password = host.GetString("ansible_password") ?? host.GetString("ansible_ssh_pass"),
            Jump = host.Vars.ContainsKey("picluster_jump_host") ? Read(host, "picluster_jump_host", JumpHost.Parse) : args.Jump,
            KnownHostsFiles = args.KnownHostsFiles,
            KexAlgorithms = args.KexAlgorithms,
            ConnectTimeout = host.GetInt("ansible_ssh_timeout") is { } seconds ? TimeSpan.FromSeconds(seconds) : args.ConnectTimeout ?? defaultTimeout,
        };
        var becomePassword = host.GetString("ansible_become_password") ?? host.GetString("ansible_become_pass") ?? askedBecomePassword;
        return new HostTarget(host, connection, becomePassword) { Warnings = args.Ignored };
    }

    // A value the SSH parsers refuse is an inventory error at the variable's place, not a crash.
    static T Read<T>(InventoryHost host, string name, Func<string, T> parse)
    {
        var text = host.GetString(name) ?? "";
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new InventoryException(host.Vars.GetValueOrDefault(name)?.Where, $"{name} of {host.Name}: {e.Message.TrimEnd('.')}", "Correct it in the inventory");
        }
    }
}
