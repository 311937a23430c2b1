namespace PiCluster.Ansible.Yaml;

/// <summary>Looks through raw YAML text for the mistakes the parser reports at the wrong place.</summary>
static class YamlTextScan
{
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
