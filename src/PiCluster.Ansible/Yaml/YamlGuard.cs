using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PiCluster.Ansible.Yaml;

/// <summary>
/// Passes the parser's events on to YamlDotNet's node builder, first refusing what would exhaust the stack or memory there
/// or later: nesting deeper than <see cref="InventoryLimits.Nesting"/>, an alias inside the value it names, a list or
/// mapping as a key (hashing one walks every alias in it), and aliases that expand a file past its limit (an alias bomb).
/// Nothing is expanded to count them: the expanded size of each anchored value is kept by name.
/// </summary>
sealed class YamlGuard(IParser parser, string file) : IParser
{
    // Sizes stop growing here, far past any limit, so that counting an alias bomb cannot overflow.
    const long Ceiling = long.MaxValue / 4;

    readonly List<Open> open = [];
    readonly Dictionary<string, long> anchors = [];
    long written;
    long expanded;
    (AnchorAlias Alias, long Size)? heaviest;
    ParsingEvent? renamed;

    /// <summary>Keys given twice in one mapping, each once renamed for YamlDotNet (which refuses them) to the name it was written as.</summary>
    public Dictionary<string, string> Duplicates { get; } = [];

    /// <summary>Where each duplicate key was given again, with the line it was first given on.</summary>
    public List<(SourceSpot Where, string Name, long FirstLine)> DuplicateSpots { get; } = [];

    public ParsingEvent? Current => renamed ?? parser.Current;

    public bool MoveNext()
    {
        renamed = null;
        if (!parser.MoveNext())
            return false;
        switch (parser.Current)
        {
            case Scalar key when AtKey:
                renamed = DuplicateKey(key);
                Node(key, 1);
                break;
            case DocumentStart:
                (written, expanded, heaviest) = (0, 0, null);
                anchors.Clear();
                break;
            case Scalar scalar:
                Node(scalar, 1);
                break;
            case NodeEvent start and (SequenceStart or MappingStart):
                Start(start);
                break;
            case SequenceEnd or MappingEnd:
                var done = open[^1];
                open.RemoveAt(open.Count - 1);
                if (done.Anchor is { } name)
                    anchors[name] = done.Size;
                Completed(done.Size);
                break;
            case AnchorAlias alias:
                Alias(alias);
                break;
            case DocumentEnd:
                CheckGrowth();
                break;
        }
        return true;
    }

    bool AtKey => open.Count > 0 && open[^1] is { Mapping: true, AtKey: true };

    // Ansible keeps the last value of a key given twice, with a warning; the key is renamed here and named back after loading.
    Scalar? DuplicateKey(Scalar key)
    {
        var keys = open[^1].Keys ??= [];
        var identity = key.Tag.IsEmpty ? key.Value : $"{key.Tag.Value} {key.Value}";
        if (keys.TryAdd(identity, key.Start.Line))
            return null;
        var unique = $"{key.Value}\0picluster-duplicate-{Duplicates.Count}";
        Duplicates.Add(unique, key.Value);
        // Several << merge keys all merge, in PyYAML as in YamlMaps, and Ansible says nothing.
        if (key.Value != "<<")
            DuplicateSpots.Add((Spot(key.Start), key.Value, keys[identity]));
        return new Scalar(key.Anchor, key.Tag, unique, key.Style, key.IsPlainImplicit, key.IsQuotedImplicit, key.Start, key.End);
    }

    void Start(NodeEvent start)
    {
        if (AtKey)
            throw ListAsKey(start.Start);
        if (open.Count == InventoryLimits.Nesting)
        {
            throw new InventoryException(Spot(start.Start), $"the lists and mappings here are nested more than {InventoryLimits.Nesting} deep",
                $"Nest them less deeply: PiCluster reads at most {InventoryLimits.Nesting} levels");
        }

        written++;
        expanded = Add(expanded, 1);
        open.Add(new Open(start.Anchor.IsEmpty ? null : start.Anchor.Value, start is MappingStart));
    }

    void Node(NodeEvent node, long size)
    {
        written++;
        expanded = Add(expanded, size);
        if (!node.Anchor.IsEmpty)
            anchors[node.Anchor.Value] = size;
        Completed(size);
    }

    void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (open.Any(o => o.Anchor == name))
        {
            throw new InventoryException(Spot(alias.Start), $"the alias *{name} is inside the value &{name} names, which would make that value endless",
                $"Use *{name} only after the value anchored with &{name} has ended");
        }

        // An alias of an anchor not defined (yet) is left to YamlDotNet, which reports it.
        var size = anchors.GetValueOrDefault(name, 1);
        if (AtKey && size > 1)
            throw ListAsKey(alias.Start);
        if (heaviest is not { } known || size > known.Size)
            heaviest = (alias, size);
        written++;
        expanded = Add(expanded, size);
        Completed(size);
    }

    void Completed(long size)
    {
        if (open.Count == 0)
            return;
        var parent = open[^1];
        parent.Size = Add(parent.Size, size);
        if (parent.Mapping)
            parent.AtKey = !parent.AtKey;
    }

    void CheckGrowth()
    {
        var limit = Math.Max(InventoryLimits.AliasValues, InventoryLimits.AliasGrowth * written);
        if (expanded <= limit || heaviest is not var (alias, size))
            return;
        throw new InventoryException(Spot(alias.Start),
            $"the alias *{alias.Value.Value} stands for {Count(size)} values, and the file's aliases expand it past {limit:N0} values (an alias bomb?)",
            $"Write the values out, or nest aliases less: PiCluster expands a file's aliases to at most {InventoryLimits.AliasGrowth} times the values written in it, or {InventoryLimits.AliasValues:N0} values if that is more");
    }

    InventoryException ListAsKey(Mark at) => new(Spot(at), "a key here is a list or a mapping", "Use plain names as keys");

    SourceSpot Spot(Mark at) => new(file, at.Line, at.Column);

    static long Add(long a, long b) => Math.Min(a + b, Ceiling);

    static string Count(long size) => size == Ceiling ? $"more than {Ceiling:N0}" : $"{size:N0}";

    sealed class Open(string? anchor, bool mapping)
    {
        public string? Anchor { get; } = anchor;
        public bool Mapping { get; } = mapping;
        public bool AtKey { get; set; } = true;
        public long Size { get; set; } = 1;
        public Dictionary<string, long>? Keys { get; set; }
    }
}
