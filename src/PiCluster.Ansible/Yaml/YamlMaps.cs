using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>
/// The keys of a mapping with `&lt;&lt;:` merge keys applied as PyYAML applies them: merged keys first, keys written in
/// the mapping win, and among several merged mappings the first listed wins.
/// </summary>
/// <remarks>YamlDotNet's MergingParser emits merged keys as duplicates, which the representation model then rejects.</remarks>
static class YamlMaps
{
    public static IReadOnlyList<YamlEntry> Entries(YamlMappingNode map, YamlText doc)
    {
        var merged = new List<YamlEntry>();
        var own = new List<YamlEntry>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode scalar)
                throw new InventoryException(doc.Spot(key), "a key here is a list or a mapping", "Use plain names as keys");
            if (!IsMerge(scalar))
            {
                own.Add(new YamlEntry(scalar, value));
            }
            else if (value is YamlMappingNode one)
            {
                merged.AddRange(Entries(one, doc));
            }
            else if (value is YamlSequenceNode { Children: var many } && many.All(m => m is YamlMappingNode))
            {
                merged.AddRange(many.Reverse().SelectMany(m => Entries((YamlMappingNode)m, doc)));
            }
            else
            {
                throw new InventoryException(doc.Spot(value), "<< merges only mappings",
                    "Write <<: *anchor, or <<: [*first, *second], where each anchor names a mapping");
            }
        }

        var entries = new List<YamlEntry>();
        var positions = new Dictionary<string, int>();
        foreach (var entry in merged.Concat(own))
        {
            if (positions.TryGetValue(entry.Name, out var at))
            {
                entries[at] = entry;
            }
            else
            {
                positions.Add(entry.Name, entries.Count);
                entries.Add(entry);
            }
        }
        return entries;
    }

    static bool IsMerge(YamlScalarNode key) =>
        key is { Value: "<<", Style: ScalarStyle.Plain } && (key.Tag.IsEmpty || key.Tag.Value == "tag:yaml.org,2002:merge");
}
