using System.Buffers;

namespace PiCluster.Ansible.Yaml;

/// <summary>Looks through raw YAML text for the mistakes the parser reports at the wrong place, or not at all.</summary>
static class YamlTextScan
{
    // What YAML (and so PyYAML, for Ansible) refuses in a file: C0 controls but tab and line breaks, DEL, C1 controls but NEL, U+FFFE, U+FFFF.
    static readonly SearchValues<char> NotPrintable = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21).Where(c => c != 0x85)).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>The first character YAML does not allow in a file (1-based line and column).</summary>
    public static (long Line, long Column, char Character)? FirstNotPrintable(string text)
    {
        var at = text.AsSpan().IndexOfAny(NotPrintable);
        if (at < 0)
            return null;
        var before = text.AsSpan(0, at);
        return (before.Count('\n') + 1, at - before.LastIndexOf('\n'), text[at]);
    }

    /// <summary>The first tab in a line's indentation, on or before the given line (1-based line and column).</summary>
    public static (long Line, long Column)? FirstIndentTab(string text, long untilLine)
    {
        var lines = Lines(text);
        for (var i = 0; i < lines.Length && i < untilLine; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent && indent < lines[i].Length)
                return (i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>The first [ or { of a flow collection that is still open at the end of the text.</summary>
    public static (long Line, long Column, char Bracket)? FirstUnclosedBracket(string text)
    {
        var open = new Stack<(long, long, char)>();
        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            char? quote = null;
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (quote is not null)
                    quote = c == quote ? null : quote;
                else if (c is '\'' or '"' && (j == 0 || lines[i][j - 1] is ' ' or '[' or '{' or ',' or ':'))
                    quote = c;
                else if (c == '#' && (j == 0 || lines[i][j - 1] == ' '))
                    break;
                else if (c is '[' or '{')
                    open.Push((i + 1, j + 1, c));
                else if (c is ']' or '}' && open.Count > 0)
                    open.Pop();
            }
        }
        return open.Count == 0 ? null : open.Last();
    }

    public static (long Line, long Column)? Find(string text, string needle)
    {
        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IndexOf(needle, StringComparison.Ordinal) is >= 0 and var j)
                return (i + 1, j + 1);
        }

        return null;
    }

    static string[] Lines(string text) => text.Split('\n');
}
