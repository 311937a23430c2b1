using System.Text.Json.Nodes;
using PiCluster.Ansible.Output;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>Turns YAML nodes into the values Ansible would see: typed scalars, lists, mappings with merges applied.</summary>
static class YamlValues
{
    const string Core = "tag:yaml.org,2002:";

    /// <summary>A `name: value` entry as a variable; it points at the value, or at the name when the value is empty.</summary>
    public static Variable ToVariable(YamlEntry entry, YamlText doc) =>
        new(KeyText(entry.Key, doc), ToJson(entry.Value, doc), doc.Spot(IsEmpty(entry.Value) ? entry.Key : entry.Value));

    /// <summary>True for a value left empty or written as ~ or null.</summary>
    public static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } s && s.Tag.IsEmpty && YamlScalars.IsNull(s.Value ?? "");

    /// <summary>A mapping key as Ansible's JSON output spells it: true, null and numbers become their text.</summary>
    public static string KeyText(YamlScalarNode key, YamlText doc) => Scalar(key, doc) switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var v => PythonJson.Compact(v),
    };

    /// <summary>The value of a node; <see cref="YamlGuard"/> has bounded its depth and the values its aliases stand for.</summary>
    public static JsonNode? ToJson(YamlNode node, YamlText doc)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return Scalar(scalar, doc);
            case YamlSequenceNode list when Plain(list, "seq"):
                return new JsonArray([.. list.Children.Select(c => ToJson(c, doc))]);
            case YamlMappingNode map when Plain(map, "map"):
                var result = new JsonObject();
                foreach (var entry in YamlMaps.Entries(map, doc))
                    result[KeyText(entry.Key, doc)] = ToJson(entry.Value, doc);
                return result;
            default:
                throw Unsupported(node, doc);
        }
    }

    static JsonNode? Scalar(YamlScalarNode scalar, YamlText doc)
    {
        var text = scalar.Value ?? "";
        if (scalar.Tag.IsEmpty)
            return scalar.Style == ScalarStyle.Plain ? YamlScalars.Implicit(text, doc.IsJson, doc.Spot(scalar)) : JsonValue.Create(text);
        return scalar.Tag.Value switch
        {
            "!" or "!unsafe" or Core + "str" => JsonValue.Create(text),
            "!vault" or "!vault-encrypted" => throw new InventoryException(doc.Spot(scalar), "this value is encrypted with Ansible Vault, which PiCluster cannot read",
                "Leave the secret out (PiCluster asks for passwords it needs) or keep it unencrypted in a vars file only you can read"),
            Core + "null" when YamlScalars.IsNull(text) => null,
            Core + "bool" when YamlScalars.Bool(text.ToLowerInvariant()) is { } flag => JsonValue.Create(flag),
            Core + "int" when YamlScalars.IsInt(text) => YamlScalars.Integer(text, doc.Spot(scalar)),
            Core + "float" when YamlScalars.IsFloat(text) => JsonValue.Create(YamlScalars.Double(text)),
            Core + "timestamp" when YamlTimestamp.Format(text) is { } iso => JsonValue.Create(iso),
            Core + "null" or Core + "bool" or Core + "int" or Core + "float" or Core + "timestamp" =>
                throw new InventoryException(doc.Spot(scalar), $"'{text}' cannot be read as {scalar.Tag.Value[Core.Length..]}", $"Fix the value or remove the !!{scalar.Tag.Value[Core.Length..]} tag"),
            _ => throw Unsupported(scalar, doc),
        };
    }

    static bool Plain(YamlNode node, string kind) =>
        node.Tag.IsEmpty || node.Tag.Value == "!unsafe" || node.Tag.Value == Core + kind;

    static InventoryException Unsupported(YamlNode node, YamlText doc) =>
        new(doc.Spot(node), $"the YAML tag {node.Tag.Value} is not supported here", "Remove the tag; write the value plainly");
}
