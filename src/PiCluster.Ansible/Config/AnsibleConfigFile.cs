namespace PiCluster.Ansible.Config;

/// <summary>
/// Which ansible.cfg Ansible reads, as ansible-core's find_ini_config_file (lib/ansible/config/manager.py) picks it: the
/// first of $ANSIBLE_CONFIG (a file, or a folder holding ansible.cfg), ./ansible.cfg unless the current folder is
/// world-writable, ~/.ansible.cfg and /etc/ansible/ansible.cfg that exists and can be read. Nothing is merged.
/// </summary>
public static class AnsibleConfigFile
{
    public const string SystemFile = "/etc/ansible/ansible.cfg";

    /// <summary>The file to read, if any, and the warning Ansible gives when it skips ./ansible.cfg in a world-writable folder.</summary>
    public static (string? File, string? Warning) Find(IReadOnlyDictionary<string, string> environment, string currentFolder, string home, string systemFile = SystemFile)
    {
        var candidates = new List<string>();
        string? fromEnvironment = null;
        if (environment.TryGetValue("ANSIBLE_CONFIG", out var named))
        {
            fromEnvironment = AnsiblePath.Resolve(named, currentFolder, environment, home);
            if (Directory.Exists(fromEnvironment))
                fromEnvironment = Path.Join(fromEnvironment, "ansible.cfg");
            candidates.Add(fromEnvironment);
        }

        var local = Path.Join(currentFolder, "ansible.cfg");
        var skippedLocal = WorldWritable(currentFolder);
        if (!skippedLocal)
            candidates.Add(local);
        candidates.Add(AnsiblePath.Resolve("~/.ansible.cfg", currentFolder, environment, home));
        candidates.Add(systemFile);

        var found = candidates.FirstOrDefault(Readable);
        var warning = skippedLocal && Exists(local) && (fromEnvironment is null || found != fromEnvironment)
            ? $"{local} is ignored, as Ansible ignores it: the folder {currentFolder} is world-writable, so anyone could have written that file. "
              + $"Remove write access for others (chmod o-w {currentFolder}), or name the file in ANSIBLE_CONFIG if you trust it"
            : null;
        return (found, warning);
    }

    static bool WorldWritable(string folder)
    {
        if (OperatingSystem.IsWindows())
            return false;
        try
        {
            return (File.GetUnixFileMode(folder) & UnixFileMode.OtherWrite) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Ansible skips a current folder it cannot read the mode of.
            return true;
        }
    }

    static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    // os.path.exists and os.access(R_OK): a folder of that name counts, and is refused when read.
    static bool Readable(string path)
    {
        if (Directory.Exists(path))
            return true;
        if (!File.Exists(path))
            return false;
        try
        {
            using var handle = File.OpenHandle(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
