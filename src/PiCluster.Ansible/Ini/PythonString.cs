using System.Globalization;
using System.Text;

namespace PiCluster.Ansible.Ini;

/// <summary>Python string literals: '…', "…", triple quotes, the r/u/b prefixes and backslash escapes.</summary>
static class PythonString
{
    public static bool StartsAt(string text, int at)
    {
        var i = at;
        while (i < text.Length && i - at < 2 && char.ToLowerInvariant(text[i]) is 'r' or 'u' or 'b')
            i++;
        return i < text.Length && text[i] is '\'' or '"';
    }

    public static bool TryRead(string text, ref int at, out string value, out bool isBytes)
    {
        value = "";
        var prefix = "";
        while (char.ToLowerInvariant(text[at]) is 'r' or 'u' or 'b')
            prefix += char.ToLowerInvariant(text[at++]);
        isBytes = prefix.Contains('b', StringComparison.Ordinal);
        var raw = prefix.Contains('r', StringComparison.Ordinal);
        if (prefix is not ("" or "r" or "u" or "b" or "br" or "rb"))
            return false;

        var quote = text[at];
        var triple = at + 2 < text.Length && text[at + 1] == quote && text[at + 2] == quote;
        var close = triple ? new string(quote, 3) : quote.ToString();
        at += close.Length;
        var result = new StringBuilder();
        while (at < text.Length)
        {
            if (string.CompareOrdinal(text, at, close, 0, close.Length) == 0)
            {
                at += close.Length;
                value = result.ToString();
                return true;
            }
            if (text[at] == '\\' && at + 1 < text.Length)
            {
                if (raw)
                    result.Append(text, at, 2);
                else if (!TryEscape(text, ref at, result, isBytes))
                    return false;
                at += raw ? 2 : 0;
                continue;
            }
            result.Append(text[at++]);
        }
        return false;
    }

    static bool TryEscape(string text, ref int at, StringBuilder result, bool isBytes)
    {
        var c = text[at + 1];
        at += 2;
        switch (c)
        {
            case '\\' or '\'' or '"': result.Append(c); return true;
            case 'a': result.Append('\a'); return true;
            case 'b': result.Append('\b'); return true;
            case 'f': result.Append('\f'); return true;
            case 'n': result.Append('\n'); return true;
            case 'r': result.Append('\r'); return true;
            case 't': result.Append('\t'); return true;
            case 'v': result.Append('\v'); return true;
            case >= '0' and <= '7':
                var octal = c.ToString();
                while (octal.Length < 3 && at < text.Length && text[at] is >= '0' and <= '7')
                    octal += text[at++];
                result.Append((char)Convert.ToInt32(octal, 8));
                return true;
            case 'x': return Hex(text, ref at, 2, result);
            case 'u' when !isBytes: return Hex(text, ref at, 4, result);
            case 'U' when !isBytes: return Hex(text, ref at, 8, result);
            case 'N' when !isBytes: return false;
            default:
                // Python keeps unknown escapes as written, backslash included.
                result.Append('\\').Append(c);
                return true;
        }
    }

    static bool Hex(string text, ref int at, int length, StringBuilder result)
    {
        if (at + length > text.Length || !int.TryParse(text.AsSpan(at, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        result.Append(char.ConvertFromUtf32(code));
        at += length;
        return true;
    }
}
