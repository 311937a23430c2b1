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
        var guard = new YamlGuard(new Parser(new StringReader(text)), file);
        try
        {
            stream.Load(guard);
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
        if (root is not null && guard.Duplicates.Count > 0)
            NameBack(root, guard.Duplicates);
        var warnings = guard.DuplicateSpots.Select(d =>
            $"{d.Where}: {d.Name} is given a second time in this mapping (first on line {d.FirstLine}): the last value is used, as Ansible does").ToList();
        return new YamlText(file, root, IsJson(text)) { Warnings = warnings };
    }

    // Each node once: aliases share nodes, and YamlGuard has bounded how many there are.
    static void NameBack(YamlNode root, Dictionary<string, string> duplicates)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var next = new Stack<YamlNode>([root]);
        while (next.TryPop(out var node))
        {
            if (!seen.Add(node))
                continue;
            foreach (var child in node switch { YamlMappingNode m => m.Children.SelectMany(c => new[] { c.Key, c.Value }), YamlSequenceNode s => s.Children, _ => [] })
            {
                if (child is YamlScalarNode { Value: { } value } key && duplicates.TryGetValue(value, out var name))
                    key.Value = name;
                next.Push(child);
            }
        }
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
