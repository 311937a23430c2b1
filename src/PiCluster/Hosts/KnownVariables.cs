namespace PiCluster.Hosts;

/// <summary>Every inventory variable PiCluster reads; the README's table is written from this one.</summary>
public static class KnownVariables
{
    public static IReadOnlyList<KnownVariable> All { get; } =
    [
        new("ansible_host", VariableType.Text, "Address to connect to, when it differs from the inventory name", "192.168.1.21"),
        new("ansible_port", VariableType.Number, "SSH port", "22"),
        new("ansible_user", VariableType.Text, "User to log in as", "ubuntu"),
        new("ansible_ssh_private_key_file", VariableType.Text, "Private key to log in with", "~/.ssh/id_ed25519"),
        new("ansible_password", VariableType.Text, "Password to log in with", "s3cret"),
        new("ansible_ssh_pass", VariableType.Text, "Older name of ansible_password", "s3cret"),
        new("ansible_become_password", VariableType.Text, "Password for sudo", "s3cret"),
        new("ansible_become_pass", VariableType.Text, "Older name of ansible_become_password", "s3cret"),
        new("ansible_ssh_common_args", VariableType.Text, "Extra options for every ssh connection, as Ansible passes them to ssh", "-o StrictHostKeyChecking=yes"),
        new("ansible_ssh_extra_args", VariableType.Text, "Extra options for ssh only (not sftp/scp), as Ansible passes them", "-o IdentitiesOnly=yes"),
        new("ansible_ssh_timeout", VariableType.Number, "Seconds to wait for the SSH connection", "10"),
        new("ansible_connection", VariableType.Text, "How to reach the host; PiCluster speaks SSH only", "ssh", ["ssh", "smart", "paramiko"]),
        new("ansible_become", VariableType.Boolean, "Whether to run commands that need root through sudo", "true"),
        new("ansible_python_interpreter", VariableType.Text, "Python on the host, for Ansible; PiCluster does not need it", "/usr/bin/python3"),
        new("picluster_jump_host", VariableType.Text, "Bastion to reach the host through, as user@host:port (ssh -J)", "pi@gateway.example.com:22"),
        new("picluster_role", VariableType.Text, "What the Pi is in the cluster: a control plane (runs the API and the datastore) or a worker", "worker", ["controlplane", "worker"]),
        new("microk8s_channel", VariableType.Text, "The MicroK8s snap channel to install", "1.35/stable"),
        new("microk8s_addons", VariableType.TextList, "Addons to enable, each `name` or `name:arguments`", "[dns, \"metallb:10.0.0.240-10.0.0.250\"]"),
        new("picluster_ready_timeout", VariableType.Number, "Seconds to wait for MicroK8s to be ready, and for a joined node to be Ready", "300"),
        new("picluster_reboot_timeout", VariableType.Number, "Seconds to wait for a rebooted Pi to answer again", "600"),
        new("microceph_disks", VariableType.TextList, "Disks of this Pi to make Ceph OSDs, by /dev/disk/by-id path (or loop,SIZE,COUNT for a trial); a Pi with this set runs MicroCeph", "[/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0]"),
        new("microceph_wipe", VariableType.TextList, "Disks from microceph_disks that may be wiped (their partitions and data are lost)", "[/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0]"),
        new("microceph_channel", VariableType.Text, "The MicroCeph snap channel to install", "squid/stable"),
    ];

    public static KnownVariable? Find(string name) => All.FirstOrDefault(v => v.Name == name);
}
