using System.Text;

namespace PiCluster.Remote;

/// <summary>Splits a command line into words as a POSIX shell does (Ansible uses shlex.split on ssh args): quotes and backslashes, no expansion.</summary>
public static class ShellWords
{
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < (text?.Length ?? 0); i++)
        {
            var c = text![i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }
                    break;
                case '\'':
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"unclosed single quote in: {text}");
                    }
                    word.Append(text, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    i = ReadDoubleQuoted(text, i, word);
                    inWord = true;
                    break;
                case '\\':
                    if (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        word.Append(text[i + 1]);
                        inWord = true;
                    }
                    i++;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    static int ReadDoubleQuoted(string text, int open, StringBuilder word)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return i;
            }
            // Inside double quotes a backslash only escapes these, as in sh.
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or '$' or '`' or '\n')
            {
                i++;
                if (text[i] != '\n')
                {
                    word.Append(text[i]);
                }
                continue;
            }
            word.Append(c);
        }
        throw new FormatException($"unclosed double quote in: {text}");
    }
}
