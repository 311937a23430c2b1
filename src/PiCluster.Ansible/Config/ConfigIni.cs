namespace PiCluster.Ansible.Config;

/// <summary>
/// An ansible.cfg as Ansible reads it, with Python's configparser (inline `;` comments after a space, `=` or `:` between
/// key and value, keys without case, indented lines continuing a value, [DEFAULT] seen through every section, a key or
/// section given twice refused). Anything configparser refuses is an <see cref="InventoryException"/> naming the line.
/// </summary>
sealed class ConfigIni
{
    const string DefaultSection = "DEFAULT";
    readonly Dictionary<string, Dictionary<string, ConfigEntry>> sections = new(StringComparer.Ordinal);

    ConfigIni(string file) => File = file;

    public string File { get; }

    /// <summary>The value of the key in the section (or in [DEFAULT], when the section exists), as configparser's get(raw=True).</summary>
    public ConfigEntry? Find(string section, string key)
    {
        if (section == DefaultSection || !sections.TryGetValue(section, out var entries))
            return null;
        key = key.ToLowerInvariant();
        return entries.TryGetValue(key, out var entry) ? entry
            : sections.TryGetValue(DefaultSection, out var defaults) && defaults.TryGetValue(key, out var fallback) ? fallback
            : null;
    }

    public static ConfigIni Parse(string file, string text)
    {
        var ini = new ConfigIni(file);
        var lines = text.Split('\n');
        Dictionary<string, ConfigEntry>? section = null;
        var sectionName = "";
        var sectionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Key, int Line, int Column, List<string> Lines)? open = null;
        var indent = int.MaxValue;

        void Close()
        {
            if (open is { } o)
                section![o.Key] = new ConfigEntry(string.Join('\n', o.Lines).TrimEnd(), new SourceSpot(file, o.Line, o.Column));
            open = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            var comment = CommentStart(line);
            var value = (comment is { } c ? line[..c] : line).Trim();
            if (value.Length == 0)
            {
                // A blank line inside a value is kept (trailing ones are trimmed); a comment line is not.
                if (comment is null && open is { } o)
                    o.Lines.Add("");
                continue;
            }

            var lineIndent = line.Length - line.TrimStart().Length;
            if (open is { } continued && lineIndent > indent)
            {
                continued.Lines.Add(value);
                continue;
            }

            Close();
            indent = lineIndent;
            if (value[0] == '[' && value.LastIndexOf(']') is > 1 and var end)
            {
                sectionName = value[1..end];
                if (sectionName != DefaultSection && sectionLines.TryGetValue(sectionName, out var first))
                {
                    throw new InventoryException(new SourceSpot(file, number, lineIndent + 1), $"[{sectionName}] is a second section of that name (the first is on line {first}), which Ansible refuses",
                        "Merge the two sections into one");
                }
                sectionLines.TryAdd(sectionName, number);
                section = ini.sections.TryGetValue(sectionName, out var known) ? known : ini.sections[sectionName] = new(StringComparer.Ordinal);
                continue;
            }

            if (section is null)
            {
                throw new InventoryException(new SourceSpot(file, number, lineIndent + 1), $"'{value}' comes before any [section] header, so this is not an ansible.cfg Ansible reads",
                    "Start the file with a section, e.g. [defaults], or point ANSIBLE_CONFIG at your ansible.cfg");
            }

            var delimiter = value.IndexOfAny(['=', ':']);
            var key = delimiter < 0 ? "" : value[..delimiter].TrimEnd().ToLowerInvariant();
            if (key.Length == 0)
            {
                throw new InventoryException(new SourceSpot(file, number, lineIndent + 1), $"'{value}' is not a `key = value` line, a [section] header or a comment, which Ansible refuses",
                    "Write key = value, or put # or ; in front to make it a comment");
            }
            if (section.TryGetValue(key, out var twice))
            {
                throw new InventoryException(new SourceSpot(file, number, lineIndent + 1), $"{key} is set a second time in [{sectionName}] (first on line {twice.Where.Line}), which Ansible refuses",
                    "Keep one of the two lines");
            }

            var rest = value[(delimiter + 1)..];
            var valueColumn = lineIndent + delimiter + 1 + (rest.Length - rest.TrimStart().Length) + 1;
            open = (key, number, valueColumn, [rest.Trim()]);
        }

        Close();
        return ini;
    }

    // A whole line starting with # or ; is a comment; inside a line, only ; after a space (or at its very start) starts one.
    static int? CommentStart(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith(';'))
            return 0;
        for (var i = line.IndexOf(';'); i >= 0; i = line.IndexOf(';', i + 1))
        {
            if (i == 0 || char.IsWhiteSpace(line[i - 1]))
                return i;
        }
        return null;
    }
}
