namespace PiCluster.Ansible.Reading;

/// <summary>The files an inventory path stands for, in the order Ansible reads them.</summary>
static class InventorySources
{
    // Ansible skips these in an inventory folder: its own vars folders, hidden files, and files it treats as not inventory.
    static readonly string[] SkippedNames = ["host_vars", "group_vars", "vars_plugins"];
    static readonly string[] SkippedEndings = [".pyc", ".pyo", ".swp", ".bak", "~", ".rpm", ".md", ".txt", ".rst", ".orig", ".ini", ".cfg", ".retry"];

    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
            return [path];
        if (Directory.Exists(path))
            return [.. FilesIn(path)];
        throw new InventoryException(null, $"the inventory {path} does not exist",
            "Pass an inventory file or folder, as in -i inventory.yaml (a YAML or INI file in Ansible's format)");
    }

    static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !IsSkipped(name))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => Path.Combine(folder, name) is var full && Directory.Exists(full) ? FilesIn(full) : [full]);

    static bool IsSkipped(string name) =>
        name.StartsWith('.') || SkippedNames.Contains(name) || SkippedEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));
}
