using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible.Ini;

/// <summary>
/// Reads an Ansible INI inventory: hosts before any section are ungrouped, then [group], [group:children] and
/// [group:vars] sections. A group must be declared by [name] or [name:children] somewhere in the file.
/// </summary>
static partial class IniInventoryReader
{
    public static void Read(string file, string text, InventoryDraft draft)
    {
        var pending = new OrderedDictionary<string, IniPending>();
        var group = draft.Ungrouped;
        var kind = "hosts";
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
                continue;
            var at = new IniLine(file, i + 1, lines[i].Length - lines[i].TrimStart().Length, line);

            if (Section().Match(line) is { Success: true } header)
            {
                (group, kind) = Declare(header, at, draft, pending);
                continue;
            }
            if (line[0] == '[' && line[^1] == ']')
            {
                throw new InventoryException(at.Spot(0), $"'{line}' is not a section header Ansible accepts",
                    "Write [name], [name:vars] or [name:children], with no spaces in the name and only a # comment after the ]");
            }

            switch (kind)
            {
                case "hosts":
                    Hosts(at, group, draft);
                    break;
                case "vars":
                    group.Set(GroupVariable(at));
                    break;
                default:
                    Child(at, group, draft, pending);
                    break;
            }
        }

        if (pending.Count > 0 && pending.GetAt(0) is var (name, first))
        {
            throw first.IsChild
                ? new InventoryException(first.Where, $"[{first.Parents[^1]}:children] lists {name}, but no [{name}] or [{name}:children] section declares it",
                    $"Add a [{name}] section with its hosts, or remove {name} from [{first.Parents[^1]}:children]")
                : new InventoryException(first.Where, $"[{name}:vars] sets variables for {name}, but no [{name}] or [{name}:children] section declares it",
                    $"Add a [{name}] section (it may be empty), or correct the group name");
        }
    }

    static (GroupDraft Group, string Kind) Declare(Match header, IniLine at, InventoryDraft draft, OrderedDictionary<string, IniPending> pending)
    {
        var name = InventoryNames.Checked(header.Groups["name"].Value, "group", at.Spot(1));
        var kind = header.Groups["kind"].Success ? header.Groups["kind"].Value : "hosts";
        if (kind is not ("hosts" or "children" or "vars"))
        {
            throw new InventoryException(at.Spot(name.Length + 2), $"[{name}:{kind}] is not a kind of section Ansible knows",
                $"Use [{name}] for hosts, [{name}:children] for child groups or [{name}:vars] for variables");
        }

        if (!draft.HasGroup(name) && kind == "vars" && !pending.ContainsKey(name))
            pending.Add(name, new IniPending(at.Spot(0), false, []));
        var group = draft.Group(name);
        // [name] or [name:children] declares the group, which settles any earlier mention of it.
        if (kind != "vars" && pending.Remove(name, out var waiting))
        {
            foreach (var parent in waiting.Parents)
                draft.Group(parent).AddChild(group, waiting.Where);
        }

        return (group, kind);
    }

    static void Hosts(IniLine at, GroupDraft group, InventoryDraft draft)
    {
        var (words, error) = ShellWords.Split(at.Text, comments: true);
        if (error is var (column, problem))
            throw new InventoryException(at.Spot(column), $"this host line {problem}", "Close the quote, or put a backslash before a quote that is part of a value");
        var host = words[0];
        if (host.Text == "---")
        {
            throw new InventoryException(at.Spot(host.Start), "--- starts a YAML document, but this file is read as an INI inventory",
                "Name the file with a .yaml extension so it is read as YAML");
        }

        var (names, port) = HostNames.Read(InventoryNames.Checked(host.Text, "host", at.Spot(host.Start)), at.Spot(host.Start));
        var variables = words.Skip(1).Select(word => HostVariable(word, at)).ToList();
        foreach (var name in names)
        {
            var added = draft.AddHost(name, group, at.Spot(host.Start), port);
            foreach (var variable in variables)
                added.Vars[variable.Name] = variable;
        }
    }

    static Variable HostVariable(ShellWord word, IniLine at)
    {
        var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new InventoryException(at.Spot(word.Start), $"'{word.Text}' is not a name=value variable",
                word.Text.StartsWith(';')
                    ? "; starts a comment only at the beginning of a line; after a host, use #"
                    : "After the host name write variables as name=value, and quote values that contain spaces");
        }

        return new Variable(word.Text[..equals], Value(word.Text[(equals + 1)..]), at.Spot(word.ColumnOf(equals + 1)));
    }

    static Variable GroupVariable(IniLine at)
    {
        var equals = at.Text.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? "" : at.Text[..equals].Trim();
        if (name.Length == 0)
            throw new InventoryException(at.Spot(0), $"'{at.Text}' is not a name=value variable", "Write one variable per line as name=value");
        var value = at.Text[(equals + 1)..];
        return new Variable(name, Value(value.Trim()), at.Spot(equals + 1 + (value.Length - value.TrimStart().Length)));
    }

    static void Child(IniLine at, GroupDraft parent, InventoryDraft draft, OrderedDictionary<string, IniPending> pending)
    {
        var match = ChildName().Match(at.Text);
        if (!match.Success)
            throw new InventoryException(at.Spot(0), $"'{at.Text}' is not a group name", $"List one group name per line under [{parent.Name}:children]");
        var name = InventoryNames.Checked(match.Groups["name"].Value, "group", at.Spot(0));
        if (draft.HasGroup(name))
            parent.AddChild(draft.Group(name), at.Spot(0));
        else if (pending.TryGetValue(name, out var waiting))
            waiting.Parents.Add(parent.Name);
        else
            pending.Add(name, new IniPending(at.Spot(0), true, [parent.Name]));
    }

    // Ansible reads every INI value as a Python literal when it can (22 → integer, True → boolean), otherwise as text.
    static JsonNode? Value(string text) => PythonLiteral.TryParse(text, out var value) ? value : JsonValue.Create(text);

    [GeneratedRegex(@"^\[(?<name>[^:\]\s]+)(?::(?<kind>\w+))?\]\s*(?:#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?<name>[^:\]\s]+)\s*(?:#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChildName();
}
