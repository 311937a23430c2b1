using PiCluster.Ansible;

namespace PiCluster.Spec;

/// <summary>
/// Checks the variables PiCluster will read before anything connects: likely typos of known names, wrong types, and
/// values PiCluster cannot act on. Throws for the first problem in file order.
/// </summary>
public static class InventoryValidator
{
    const int MaxTypo = 2;
    static readonly string[] OwnPrefixes = ["ansible_", "picluster_", "microk8s_", "microceph_"];

    // Real Ansible variables PiCluster does not read; close to a known name, but never a typo of it.
    static readonly HashSet<string> OtherAnsibleVariables =
    [
        "ansible_ssh_password", "ansible_scp_extra_args",
        "ansible_sftp_extra_args", "ansible_ssh_args", "ansible_ssh_executable", "ansible_ssh_pipelining", "ansible_pipelining",
        "ansible_ssh_transfer_method", "ansible_sftp_batch_mode", "ansible_scp_if_ssh", "ansible_ssh_retries",
        "ansible_private_key_file", "ansible_host_key_checking", "ansible_ssh_host_key_checking", "ansible_control_path",
        "ansible_control_path_dir", "ansible_become_method", "ansible_become_user", "ansible_become_exe", "ansible_become_flags",
        "ansible_sudo", "ansible_sudo_pass", "ansible_sudo_user", "ansible_su", "ansible_su_pass", "ansible_su_user",
        "ansible_shell_type", "ansible_shell_executable", "ansible_timeout", "ansible_group_priority", "ansible_network_os",
    ];

    /// <summary>Throws the first problem, in file order, of the variables of <paramref name="hosts"/>: the hosts a command acts on.
    /// Other hosts of the inventory (the laptop as `ansible_connection: local`, a NAS) are none of PiCluster's business.</summary>
    public static void Check(IEnumerable<InventoryHost> hosts)
    {
        if (FirstProblem(hosts) is { } first)
            throw first;
    }

    /// <summary>The first problem, in file order, of the hosts' variables; null when PiCluster can act on every one of them.</summary>
    public static InventoryException? FirstProblem(IEnumerable<InventoryHost> hosts) =>
        hosts.SelectMany(h => h.Vars.Values).Distinct()
            .Select(Problem).OfType<InventoryException>()
            .OrderBy(e => e.Where?.File, StringComparer.Ordinal).ThenBy(e => e.Where?.Line).ThenBy(e => e.Where?.Column)
            .FirstOrDefault();

    static InventoryException? Problem(Variable variable) =>
        InventoryVariables.Find(variable.Name) is { } known ? known.Problem(variable) : Typo(variable);

    static InventoryException? Typo(Variable variable)
    {
        if (!OwnPrefixes.Any(p => variable.Name.StartsWith(p, StringComparison.Ordinal)) || OtherAnsibleVariables.Contains(variable.Name))
            return null;
        var closest = InventoryVariables.All.MinBy(k => EditDistance.Between(variable.Name, k.Name))!;
        return EditDistance.Between(variable.Name, closest.Name) <= MaxTypo
            ? new InventoryException(variable.Where, $"{variable.Name} is not a variable PiCluster knows", $"Did you mean {closest.Name}?")
            : null;
    }
}
