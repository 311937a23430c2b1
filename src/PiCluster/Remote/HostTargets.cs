using PiCluster.Ansible;
using PiCluster.Spec;
using Variables = PiCluster.Spec.InventoryVariables;

namespace PiCluster.Remote;

/// <summary>Reads a host's Ansible connection variables into how to reach it, as Ansible's ssh connection would.</summary>
public static class HostTargets
{
    /// <summary>As Ansible settles each setting: the host's variables, then ANSIBLE_* and ansible.cfg (<paramref name="defaults"/>),
    /// then the ssh options, which Ansible puts on ssh's command line after its own -o User= and IdentityFile.</summary>
    public static HostTarget From(InventoryHost host, ConnectionDefaults defaults, string? askedBecomePassword)
    {
        var args = defaults.SshArgs
            .Merge(Read(host, Variables.SshCommonArgs, SshCommonArgs.Parse))
            .Merge(Read(host, Variables.SshExtraArgs, SshCommonArgs.Parse));
        var keyFile = host.Text(Variables.KeyFile) is { } named ? HomePath.Expand(named) : defaults.KeyFile;
        // As with Ansible, the inventory's port wins over -p in the ssh options; the table's default comes last.
        var port = host.IsSet(Variables.Port) ? host.Number(Variables.Port) : host.Number(Variables.SshPort) ?? args.Port;
        var connection = new HostConnection
        {
            Host = host.Name,
            Address = host.Text(Variables.Host) ?? host.Text(Variables.SshHost) ?? host.Name,
            Port = port ?? host.Number(Variables.Port)!.Value,
            User = host.Text(Variables.User) ?? host.Text(Variables.SshUser) ?? defaults.User ?? args.User ?? Environment.UserName,
            KeyFiles = keyFile is not null ? [keyFile] : args.IdentityFiles,
            Password = host.Text(Variables.Password) ?? host.Text(Variables.SshPass),
            Jump = host.IsSet(Variables.JumpHost) ? Read(host, Variables.JumpHost, JumpHost.Parse) : args.Jump,
            KnownHostsFiles = args.KnownHostsFiles,
            KexAlgorithms = args.KexAlgorithms,
            ConnectTimeout = host.Number(Variables.SshTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : args.ConnectTimeout ?? defaults.ConnectTimeout,
        };
        var becomePassword = host.Text(Variables.BecomePassword) ?? host.Text(Variables.BecomePass) ?? askedBecomePassword;
        return new HostTarget(host, connection, becomePassword) { Warnings = args.Ignored };
    }

    // A value the SSH parsers refuse is an inventory error at the variable's place, not a crash.
    static T Read<T>(InventoryHost host, InventoryVariable variable, Func<string, T> parse)
    {
        var text = host.Text(variable) ?? "";
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new InventoryException(host.Spot(variable), $"{variable.Name} of {host.Name}: {e.Message.TrimEnd('.')}", "Correct it in the inventory");
        }
    }
}
