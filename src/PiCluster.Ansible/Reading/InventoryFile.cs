using PiCluster.Ansible.Ini;
using PiCluster.Ansible.Yaml;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Reading;

/// <summary>
/// Reads one inventory file in the format Ansible would pick: .yaml, .yml, .json and files without an extension are
/// tried as YAML first and as INI when they are not a YAML mapping; anything else is INI.
/// </summary>
static class InventoryFile
{
    public static void Read(string file, InventoryDraft draft)
    {
        var text = SourceText.Read(file);
        var extension = Path.GetExtension(file);
        if (extension == ".toml")
        {
            throw new InventoryException(null, $"{file} is a TOML inventory, which PiCluster does not read",
                "Convert it to YAML (ansible-inventory -i FILE --list -y) or INI");
        }

        if (extension is ".yaml" or ".yml" or ".json" or "")
            ReadYamlOrIni(file, text, draft, extension.Length == 0);
        else
            IniInventoryReader.Read(file, text, draft);
    }

    static void ReadYamlOrIni(string file, string text, InventoryDraft draft, bool noExtension)
    {
        YamlText? doc = null;
        InventoryException? yamlError = null;
        try
        {
            doc = YamlFile.Parse(file, text);
        }
        catch (InventoryException e)
        {
            yamlError = e;
        }
        if (doc is { Root: null })
            return;
        if (doc is { Root: YamlMappingNode })
        {
            YamlInventoryReader.Read(doc, draft);
            return;
        }

        try
        {
            IniInventoryReader.Read(file, text, draft);
        }
        catch (InventoryException) when (!(noExtension && (doc is { Root: YamlScalarNode } || FirstLineIsSection(text))))
        {
            // Neither format reads it, and it does not look like INI: the YAML problem is the one to report.
            throw yamlError ?? YamlInventoryReader.NotGroups(doc!);
        }
    }

    static bool FirstLineIsSection(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l[0] is not ('#' or ';')) is ['[', ..];
}
