using PiCluster.Hosts;

namespace PiCluster.Remote;

/// <summary>Reads a host's Ansible connection variables into how to reach it, as Ansible's ssh connection would.</summary>
public static class HostTargets
{
    public static HostTarget From(InventoryHost host, TimeSpan defaultTimeout, string? askedBecomePassword)
    {
        var args = SshCommonArgs.Parse(string.Join(' ', host.GetString("ansible_ssh_common_args"), host.GetString("ansible_ssh_extra_args")));
        var keyFile = host.GetString("ansible_ssh_private_key_file");
        var jump = host.GetString("picluster_jump_host");
        var connection = new HostConnection
        {
            Host = host.Name,
            Address = host.GetString("ansible_host") ?? host.GetString("ansible_ssh_host") ?? host.Name,
            Port = host.GetInt("ansible_port") ?? host.GetInt("ansible_ssh_port") ?? args.Port ?? 22,
            User = host.GetString("ansible_user") ?? host.GetString("ansible_ssh_user") ?? args.User ?? Environment.UserName,
            KeyFiles = keyFile is not null ? [ExpandHome(keyFile)] : args.IdentityFiles,
            Password = host.GetString("ansible_password") ?? host.GetString("ansible_ssh_pass"),
            Jump = jump is not null ? JumpHost.Parse(jump) : args.Jump,
            KnownHostsFiles = args.KnownHostsFiles,
            ConnectTimeout = host.GetInt("ansible_ssh_timeout") is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultTimeout,
        };
        var becomePassword = host.GetString("ansible_become_password") ?? host.GetString("ansible_become_pass") ?? askedBecomePassword;
        return new HostTarget(host, connection, becomePassword);
    }

    static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~').TrimStart('/'))
            : path;
}
