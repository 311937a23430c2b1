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
            return [.. FilesIn(path, [RealPath(path)])];
        throw new InventoryException(null, $"the inventory {path} does not exist",
            "Pass an inventory file or folder, as in -i inventory.yaml (a YAML or INI file in Ansible's format)");
    }

    // `reading` holds the folders this one is inside: a link back to one of them would make the folder endless.
    static IEnumerable<string> FilesIn(string folder, IReadOnlyList<string> reading) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !IsSkipped(name))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => Path.Combine(folder, name) is var full && Directory.Exists(full) ? FilesIn(full, Inside(reading, full)) : [full]);

    static IReadOnlyList<string> Inside(IReadOnlyList<string> reading, string folder)
    {
        var real = RealPath(folder);
        if (reading.Contains(real))
        {
            throw new InventoryException(null, $"the inventory folder {folder} links back to {real}, which holds it, so it would never end",
                "Remove the link, or make it point outside the inventory");
        }

        return [.. reading, real];
    }

    static string RealPath(string folder) =>
        Path.TrimEndingDirectorySeparator(Directory.ResolveLinkTarget(folder, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder));

    static bool IsSkipped(string name) =>
        name.StartsWith('.') || SkippedNames.Contains(name) || SkippedEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));
}
