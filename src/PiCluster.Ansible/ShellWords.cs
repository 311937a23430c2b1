using System.Text;

namespace PiCluster.Ansible;

/// <summary>
/// Splits text into words as Ansible does, with Python's shlex in POSIX mode: INI host lines (where # starts a comment)
/// and ssh options. Quotes group and vanish; a backslash escapes the next character, inside double quotes only " and \.
/// </summary>
public static class ShellWords
{
    /// <summary>The words; a <see cref="FormatException"/> says why the text cannot be split.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var (words, error) = Split(text ?? "", comments: false);
        return error is { } e ? throw new FormatException($"`{text}` {e.Problem}") : [.. words.Select(w => w.Text)];
    }

    /// <summary>The words, or the 0-based column and reason where the line cannot be split.</summary>
    public static (List<ShellWord> Words, (int Column, string Problem)? Error) Split(string line, bool comments)
    {
        var words = new List<ShellWord>();
        var text = new StringBuilder();
        var columns = new List<int>();
        var inWord = false;
        var start = 0;
        char? quote = null;
        var quoteAt = 0;

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote)
                    quote = null;
                else if (c == '\\' && quote == '"' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
                    Add(line[++i], i);
                else
                    Add(c, i);
            }
            else if (c is ' ' or '\t' or '\r' or '\n')
            {
                End();
            }
            else if (c == '#' && comments)
            {
                break;
            }
            else if (c is '\'' or '"')
            {
                Begin(i);
                quote = c;
                quoteAt = i;
            }
            else if (c == '\\')
            {
                Begin(i);
                if (i + 1 == line.Length)
                    return (words, (i, "ends with a backslash that escapes nothing"));
                Add(line[++i], i);
            }
            else
            {
                Begin(i);
                Add(c, i);
            }
        }
        if (quote is not null)
            return (words, (quoteAt, $"opens a {(quote == '"' ? "double" : "single")} quote that is never closed"));
        End();
        return (words, null);

        void Begin(int at)
        {
            if (!inWord)
                (inWord, start) = (true, at);
        }

        void Add(char c, int at)
        {
            text.Append(c);
            columns.Add(at);
        }

        void End()
        {
            if (inWord)
                words.Add(new ShellWord(text.ToString(), [.. columns], start));
            inWord = false;
            text.Clear();
            columns.Clear();
        }
    }
}
