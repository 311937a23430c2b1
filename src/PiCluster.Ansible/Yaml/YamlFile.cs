using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>Parses a YAML (or JSON) file into nodes, turning every parser failure into an <see cref="InventoryException"/>.</summary>
static class YamlFile
{
    public static YamlText Parse(string file, string text)
    {
        if (YamlTextScan.FirstNotPrintable(text) is var (line, column, character))
        {
            throw new InventoryException(new SourceSpot(file, line, column), $"this file holds the control character {VisibleText.CodePoint(character)}, which YAML does not allow",
                "Remove it: a YAML file holds only printable text, and Ansible refuses it too");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlGuard(new Parser(new StringReader(text)), file));
        }
        catch (Exception e)
        {
            throw YamlErrors.Explain(file, text, e);
        }

        if (stream.Documents.Count > 1)
        {
            throw new InventoryException(new SourceSpot(file, stream.Documents[1].RootNode.Start.Line, 1),
                "this file holds more than one YAML document (a second ---)", "Keep one document per file: remove the second --- and merge what follows into the first");
        }

        var root = stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: "" or "~" or "null" or "Null" or "NULL", Style: YamlDotNet.Core.ScalarStyle.Plain, Tag.IsEmpty: true }
            ? null
            : stream.Documents[0].RootNode;
        return new YamlText(file, root, IsJson(text));
    }

    // Ansible tries JSON before YAML, which types numbers such as 1e3 differently.
    static bool IsJson(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || (start[0] != '{' && start[0] != '['))
            return false;
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
