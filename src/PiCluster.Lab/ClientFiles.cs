namespace PiCluster.Lab;

/// <summary>What a client needs to reach the lab: an Ansible inventory, known_hosts and an ssh_config.</summary>
public static class ClientFiles
{
    public static void Write(LabPaths paths, LabSettings lab)
    {
        File.WriteAllText(paths.KnownHosts, string.Concat(lab.Nodes.Select(n => $"{HostPattern(n.Address, lab.Port)} {HostKey(paths, n.Name)}\n")));
        File.WriteAllText(paths.Inventory, Inventory(paths, lab));
        File.WriteAllText(paths.SshConfig, string.Concat(lab.Nodes.Select(n => $"""
            Host {n.Name}
              HostName {n.Address}
              Port {lab.Port}
              User ubuntu
              IdentityFile {paths.ClientKey}
              IdentitiesOnly yes
              UserKnownHostsFile {paths.KnownHosts}
              StrictHostKeyChecking yes

            """)));
    }

    static string Inventory(LabPaths paths, LabSettings lab)
    {
        var hosts = string.Concat(lab.Nodes.Select(n => $"        {n.Name}:\n          ansible_host: {n.Address}\n          ansible_port: {lab.Port}\n"));
        return $"""
            # The lab's simulated Pis (picluster lab up --dir {paths.Dir}); for picluster and for ansible alike.
            all:
              vars:
                ansible_user: ubuntu
                ansible_ssh_private_key_file: {paths.ClientKey}
                ansible_ssh_common_args: -o UserKnownHostsFile={paths.KnownHosts} -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes
                ansible_python_interpreter: /usr/bin/python3
              children:
                edge:
                  hosts:

            """ + hosts;
    }

    static string HostPattern(string address, int port) => port == 22 ? address : $"[{address}]:{port}";

    // "ssh-ed25519 AAAA… comment" → the first two fields, as known_hosts wants them.
    static string HostKey(LabPaths paths, string node) =>
        string.Join(' ', File.ReadAllText(Path.Combine(paths.NodeDir(node), "ssh_host_ed25519_key.pub")).Split(' ').Take(2)).Trim();
}
