using PiCluster.Ansible.Yaml;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Reading;

/// <summary>
/// The host_vars/ and group_vars/ folders beside an inventory, read as Ansible reads them: for a name, the first of
/// NAME, NAME.yml, NAME.yaml, NAME.json that exists; a folder NAME/ gives all its files in name order, later ones winning.
/// </summary>
static class VarsFolder
{
    static readonly string[] Extensions = ["", ".yml", ".yaml", ".json"];

    public static IReadOnlyList<Variable> Read(string inventoryFolder, string kind, string name, List<string> warnings)
    {
        var folder = Path.Combine(inventoryFolder, kind);
        if (!Directory.Exists(folder) || name.StartsWith('/'))
            return [];
        var found = Extensions.Select(e => Path.Combine(folder, name + e)).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
        if (found is null)
            return [];
        var files = Directory.Exists(found) ? FilesIn(found) : [found];
        return [.. files.SelectMany(f => Variables(f, warnings))];
    }

    static IEnumerable<string> FilesIn(string folder) =>
        Directory.EnumerateFileSystemEntries(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.') && !n.EndsWith('~'))
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Combine(folder, n))
            .SelectMany(p => Path.GetExtension(p) is var ext && Directory.Exists(p)
                ? (ext.Length == 0 ? FilesIn(p) : [])
                : (ext.Length == 0 || Extensions.Contains(ext) ? [p] : []));

    static IEnumerable<Variable> Variables(string file, List<string> warnings)
    {
        var doc = YamlFile.Parse(file, SourceText.Read(file));
        warnings.AddRange(doc.Warnings);
        return doc.Root switch
        {
            null => [],
            YamlMappingNode map => YamlMaps.Entries(map, doc).Select(e => YamlValues.ToVariable(e, doc)),
            _ => throw new InventoryException(doc.Spot(doc.Root), $"{file} does not hold a mapping of variable names to values",
                "Write one variable per line as name: value"),
        };
    }
}
