using System.Collections;
using System.Text;
using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible.Config;

/// <summary>
/// The settings of Ansible's configuration that PiCluster honours, each from its ANSIBLE_* environment variable, else from
/// the one ansible.cfg Ansible would read (<see cref="AnsibleConfigFile"/>); null where neither sets it. Other keys are
/// ignored without a word, as Ansible ignores keys it does not know.
/// </summary>
public sealed record AnsibleConfig
{
    /// <summary>The ansible.cfg that was read, if any.</summary>
    public string? File { get; init; }

    /// <summary>What Ansible would warn about too: an ansible.cfg skipped in a world-writable folder.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>`inventory` / ANSIBLE_INVENTORY: comma-separated sources, each absolute (relative to the file's folder, or to the current folder for the variable).</summary>
    public ConfigValue<IReadOnlyList<string>>? Inventory { get; init; }

    /// <summary>`remote_user` / ANSIBLE_REMOTE_USER; empty means none.</summary>
    public ConfigValue<string>? RemoteUser { get; init; }

    /// <summary>`private_key_file` / ANSIBLE_PRIVATE_KEY_FILE, absolute as <see cref="Inventory"/>'s paths.</summary>
    public ConfigValue<string>? PrivateKeyFile { get; init; }

    public ConfigValue<int>? Forks { get; init; }

    /// <summary>`timeout` in [defaults] or [ssh_connection] / ANSIBLE_TIMEOUT, ANSIBLE_SSH_TIMEOUT: seconds to connect.</summary>
    public ConfigValue<int>? Timeout { get; init; }

    /// <summary>`host_key_checking` in [defaults] or [ssh_connection] / ANSIBLE_HOST_KEY_CHECKING, ANSIBLE_SSH_HOST_KEY_CHECKING.</summary>
    public ConfigValue<bool>? HostKeyChecking { get; init; }

    /// <summary>`become_user` in [privilege_escalation] (or `user` in [sudo_become_plugin]) / ANSIBLE_BECOME_USER, ANSIBLE_SUDO_USER.</summary>
    public ConfigValue<string>? BecomeUser { get; init; }

    /// <summary>`become_ask_pass` in [privilege_escalation] / ANSIBLE_BECOME_ASK_PASS: ask for the sudo password, as -K.</summary>
    public ConfigValue<bool>? BecomeAskPass { get; init; }

    /// <summary>`ssh_args` in [ssh_connection] / ANSIBLE_SSH_ARGS: ssh options put before the inventory's on ssh's command line.</summary>
    public ConfigValue<string>? SshArgs { get; init; }

    /// <summary>The configuration this process runs with: its environment, current folder and home.</summary>
    public static AnsibleConfig Load()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            environment[(string)variable.Key] = (string?)variable.Value ?? "";
        return Load(environment, Directory.GetCurrentDirectory());
    }

    /// <summary>Reads the settings; an unreadable file or a bad value is an <see cref="InventoryException"/> naming the file and line, or the variable.</summary>
    public static AnsibleConfig Load(IReadOnlyDictionary<string, string> environment, string currentFolder, string systemFile = AnsibleConfigFile.SystemFile)
    {
        // As Python's expanduser: $HOME, else the account's home.
        var home = environment.TryGetValue("HOME", out var set) && set.Length > 0 ? set : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var (file, warning) = AnsibleConfigFile.Find(environment, currentFolder, home, systemFile);
        var read = new ConfigReader(file is null ? null : Parse(file), environment, currentFolder, home);
        return new AnsibleConfig
        {
            File = file,
            Warnings = warning is null ? [] : [warning],
            Inventory = read.PathList(ConfigSetting.Inventory),
            RemoteUser = read.Text(ConfigSetting.RemoteUser),
            PrivateKeyFile = read.Path(ConfigSetting.PrivateKeyFile),
            Forks = read.Integer(ConfigSetting.Forks, 1, "hosts worked on at once"),
            Timeout = read.Integer(ConfigSetting.Timeout, 1, "seconds to wait for a host to answer"),
            HostKeyChecking = read.Boolean(ConfigSetting.HostKeyChecking),
            BecomeUser = read.Text(ConfigSetting.BecomeUser),
            BecomeAskPass = read.Boolean(ConfigSetting.BecomeAskPass),
            SshArgs = read.Text(ConfigSetting.SshArgs),
        };
    }

    static ConfigIni Parse(string file)
    {
        // Ansible reads only .cfg and .ini files as INI; its YAML configuration was never implemented.
        var extension = Path.GetExtension(file);
        if (extension is not (".cfg" or ".ini"))
        {
            throw new InventoryException(null, $"{file} is not a configuration file Ansible reads: its name must end in .cfg or .ini",
                "Point ANSIBLE_CONFIG at your ansible.cfg, or unset it");
        }
        if (Directory.Exists(file) || FileKind.Unreadable(file) is not null)
        {
            throw new InventoryException(null, $"{file} is {FileKind.Unreadable(file) ?? "a folder"}, not a file",
                "Remove it, or point ANSIBLE_CONFIG at your ansible.cfg");
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(file).Length > InventoryLimits.FileBytes)
            {
                throw new InventoryException(null, $"{file} is larger than {InventoryLimits.FileBytes / (1024 * 1024)} MiB, which is no ansible.cfg",
                    "Point ANSIBLE_CONFIG at your ansible.cfg");
            }
            bytes = System.IO.File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InventoryException(null, $"{file} cannot be read ({e.Message.TrimEnd('.')})", "Check that you may read it, or point ANSIBLE_CONFIG at another file");
        }

        // Bytes that are not UTF-8 (a comment in Latin-1) are replaced; a setting PiCluster reads that holds one is refused there.
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        return ConfigIni.Parse(file, text);
    }
}
