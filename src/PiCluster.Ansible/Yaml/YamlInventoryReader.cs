using System.Text.Json.Nodes;
using PiCluster.Ansible.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>Reads an Ansible YAML inventory: top-level groups, each with hosts, children and vars.</summary>
static class YamlInventoryReader
{
    public static void Read(YamlText doc, InventoryDraft draft)
    {
        draft.Warnings.AddRange(doc.Warnings);
        if (doc.Root is not YamlMappingNode top)
            throw NotGroups(doc);
        var groups = YamlMaps.Entries(top, doc);
        if (groups.FirstOrDefault(g => g.Name == "plugin") is { } plugin)
        {
            throw new InventoryException(doc.Spot(plugin.Key), "this file configures an inventory plugin, which PiCluster cannot run",
                "Give PiCluster a static YAML or INI inventory (ansible-inventory -i THIS --list -y writes one)");
        }

        foreach (var group in groups)
        {
            // Ansible skips a top-level key that holds no group; under children: the same is an error, in Ansible too.
            if (!YamlValues.IsEmpty(group.Value) && group.Value is not YamlMappingNode)
                draft.Warn(doc.Spot(group.Key), $"the top-level key '{group.Name}' is not a group (its value is not a mapping of hosts, children and vars): skipped, as Ansible skips it");
            else
                Group(group, doc, draft);
        }
    }

    public static InventoryException NotGroups(YamlText doc) =>
        new(doc.Root is null ? null : doc.Spot(doc.Root), "the top level of the inventory is not a mapping of groups",
            "Start with a group such as 'all:' and list hosts under it, as in all: → hosts: → pi1:");

    static GroupDraft Group(YamlEntry entry, YamlText doc, InventoryDraft draft)
    {
        var group = draft.Group(Name(entry.Key, doc, "group"));
        if (YamlValues.IsEmpty(entry.Value))
            return group;
        if (entry.Value is not YamlMappingNode sections)
        {
            throw new InventoryException(doc.Spot(entry.Value), $"group {group.Name} is not a mapping",
                $"Under {group.Name}: write hosts:, children: or vars:, each holding a mapping");
        }

        foreach (var section in YamlMaps.Entries(sections, doc))
        {
            switch (section.Name)
            {
                case "hosts":
                    foreach (var host in Members(section, group, doc))
                        Host(host, group, doc, draft);
                    break;
                case "children":
                    foreach (var child in Members(section, group, doc))
                        group.AddChild(Group(child, doc, draft), doc.Spot(child.Key));
                    break;
                case "vars":
                    foreach (var variable in Variables(section, $"vars of group {group.Name}", doc))
                        group.Set(variable);
                    break;
                default:
                    // Ansible skips any other key, a holder of &anchors for instance, and reads on.
                    draft.Warn(doc.Spot(section.Key), YamlValues.IsEmpty(section.Value) || section.Value is YamlMappingNode
                        ? $"group {group.Name} has the key '{section.Name}', which is not hosts, children or vars: skipped, as Ansible skips it (if {section.Name} is a host, put it under hosts:; a group, under children:; a variable, under vars:)"
                        : $"group {group.Name} has the key '{section.Name}', whose value is not a mapping: skipped, as Ansible skips it (if {section.Name} is a variable, put it under vars:)");
                    break;
            }
        }
        return group;
    }

    static void Host(YamlEntry entry, GroupDraft group, YamlText doc, InventoryDraft draft)
    {
        var where = doc.Spot(entry.Key);
        var (names, port) = HostNames.Read(Name(entry.Key, doc, "host"), where);
        if (port is not null && entry.Key.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
            port = port with { Where = port.Where! with { Column = port.Where.Column + 1 } };
        var variables = YamlValues.IsEmpty(entry.Value) ? [] : Variables(entry, $"variables of host {entry.Name}", doc);
        foreach (var name in names)
        {
            var host = draft.AddHost(name, group, where, port);
            foreach (var variable in variables)
                host.Vars[variable.Name] = variable;
        }
    }

    // hosts: and children: hold a mapping; Ansible also takes a single name written as plain text.
    static IEnumerable<YamlEntry> Members(YamlEntry section, GroupDraft group, YamlText doc) => section.Value switch
    {
        YamlMappingNode map => YamlMaps.Entries(map, doc),
        YamlScalarNode one when YamlValues.IsEmpty(one) => [],
        YamlScalarNode one => [new YamlEntry(one, new YamlScalarNode("") { Style = ScalarStyle.Plain })],
        _ => throw new InventoryException(doc.Spot(section.Value), $"{section.Name} of group {group.Name} is a list, but Ansible wants a mapping",
            $"Write each entry as a key ending in a colon, one per line (pi1: rather than - pi1)"),
    };

    static List<Variable> Variables(YamlEntry owner, string what, YamlText doc)
    {
        if (YamlValues.IsEmpty(owner.Value))
            return [];
        if (owner.Value is not YamlMappingNode map)
        {
            throw new InventoryException(doc.Spot(owner.Value), $"the {what} are not a mapping of names to values",
                owner.Value is YamlScalarNode ? $"Write each variable on its own line under {owner.Name}:, as in ansible_host: 192.168.1.10" : "Write name: value pairs, one per line");
        }

        return [.. YamlMaps.Entries(map, doc).Select(e => YamlValues.ToVariable(e, doc))];
    }

    static string Name(YamlScalarNode key, YamlText doc, string what)
    {
        var value = key.Style == ScalarStyle.Plain && key.Tag.IsEmpty ? YamlScalars.Implicit(key.Value ?? "", doc.IsJson, doc.Spot(key)) : JsonValue.Create(key.Value ?? "");
        if (value is JsonValue v && v.TryGetValue<string>(out var name))
            return name.Length > 0 ? InventoryNames.Checked(name, what, doc.Spot(key)) : throw new InventoryException(doc.Spot(key), $"a {what} name is empty", $"Give the {what} a name");
        throw new InventoryException(doc.Spot(key), $"the {what} name '{key.Value}' is not text (YAML reads it as {(value is null ? "null" : "a number or true/false")})",
            $"Quote it, as in '{key.Value}':");
    }
}
