namespace PiCluster.Ansible.Config;

/// <summary>
/// One setting as Ansible defines it (lib/ansible/config/base.yml, or the ssh and sudo plugins' own options): the
/// ansible.cfg keys and environment variables it is read from. Within each list the last one set wins, as in Ansible's
/// ConfigManager; any environment variable wins over the file.
/// </summary>
sealed record ConfigSetting(IReadOnlyList<(string Section, string Key)> Keys, IReadOnlyList<string> Variables, string Example)
{
    public static readonly ConfigSetting Inventory = new([("defaults", "inventory")], ["ANSIBLE_INVENTORY"], "inventory.yaml");
    public static readonly ConfigSetting RemoteUser = new([("defaults", "remote_user")], ["ANSIBLE_REMOTE_USER"], "ubuntu");
    public static readonly ConfigSetting PrivateKeyFile = new([("defaults", "private_key_file")], ["ANSIBLE_PRIVATE_KEY_FILE"], "~/.ssh/id_ed25519");
    public static readonly ConfigSetting Forks = new([("defaults", "forks")], ["ANSIBLE_FORKS"], "10");

    // The ssh connection plugin's timeout and host_key_checking are also read from [ssh_connection] and ANSIBLE_SSH_*.
    public static readonly ConfigSetting Timeout = new([("defaults", "timeout"), ("ssh_connection", "timeout")], ["ANSIBLE_TIMEOUT", "ANSIBLE_SSH_TIMEOUT"], "10");
    public static readonly ConfigSetting HostKeyChecking = new([("defaults", "host_key_checking"), ("ssh_connection", "host_key_checking")],
        ["ANSIBLE_HOST_KEY_CHECKING", "ANSIBLE_SSH_HOST_KEY_CHECKING"], "True");

    // The sudo become plugin's become_user is also read from [sudo_become_plugin] user and ANSIBLE_SUDO_USER.
    public static readonly ConfigSetting BecomeUser = new([("privilege_escalation", "become_user"), ("sudo_become_plugin", "user")],
        ["ANSIBLE_BECOME_USER", "ANSIBLE_SUDO_USER"], "root");
    public static readonly ConfigSetting BecomeAskPass = new([("privilege_escalation", "become_ask_pass")], ["ANSIBLE_BECOME_ASK_PASS"], "True");
    public static readonly ConfigSetting SshArgs = new([("ssh_connection", "ssh_args")], ["ANSIBLE_SSH_ARGS"], "-o ProxyJump=pi@gateway");
}
