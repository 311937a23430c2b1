using System.Text;
using System.Text.Json.Nodes;
using PiCluster.Ansible.Output;

namespace PiCluster.Ansible.Ini;

/// <summary>
/// Python's ast.literal_eval, which Ansible's INI plugin applies to every value: numbers, strings, True/False/None,
/// lists, tuples and dicts. Anything else (sets, complex numbers, names) is not a literal and stays text.
/// </summary>
sealed class PythonLiteral
{
    readonly string text;
    int at;
    int depth;

    PythonLiteral(string text) => this.text = text;

    public static bool TryParse(string text, out JsonNode? value)
    {
        var parser = new PythonLiteral(text.TrimStart(' ', '\t'));
        if (!parser.TryTuple(out value, topLevel: true))
            return false;
        parser.Skip();
        return parser.at == parser.text.Length;
    }

    // Top level and inside parentheses, `a, b` is a tuple, which Ansible prints as a list.
    bool TryTuple(out JsonNode? value, bool topLevel)
    {
        value = null;
        if (!TryValue(out var first))
            return false;
        if (!Peek(','))
        {
            value = first;
            return true;
        }
        var items = new JsonArray { first };
        while (Eat(','))
        {
            if (topLevel ? AtEnd() : Peek(')'))
                break;
            if (!TryValue(out var next))
                return false;
            items.Add(next);
        }
        value = items;
        return true;
    }

    bool TryValue(out JsonNode? value)
    {
        value = null;
        Skip();
        if (AtEnd())
            return false;
        var c = text[at];
        if (c is '-' or '+')
        {
            at++;
            Skip();
            if (!PythonNumber.TryRead(text, ref at, out var number))
                return false;
            value = c == '-' ? PythonNumber.Negate(number) : number;
            return true;
        }
        if (char.IsAsciiDigit(c) || (c == '.' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))
            return PythonNumber.TryRead(text, ref at, out value);
        if (PythonString.StartsAt(text, at))
            return TryStrings(out value);
        if (c is '[' or '(' or '{')
            return TryNested(c, out value);
        return TryName(out value);
    }

    // Python refuses brackets nested deeper than 200 ("too many nested parentheses"), and Ansible then keeps the value as text.
    bool TryNested(char open, out JsonNode? value)
    {
        value = null;
        if (depth == InventoryLimits.Nesting)
            return false;
        depth++;
        var read = open switch
        {
            '[' => TryList(out value),
            '(' => TryParenthesis(out value),
            _ => TryDict(out value),
        };
        depth--;
        return read;
    }

    // Adjacent string literals join, as in 'a' 'b'.
    bool TryStrings(out JsonNode? value)
    {
        value = null;
        var joined = new StringBuilder();
        bool? bytes = null;
        while (PythonString.StartsAt(text, at))
        {
            if (!PythonString.TryRead(text, ref at, out var part, out var isBytes) || (bytes is { } b && b != isBytes))
                return false;
            joined.Append(part);
            bytes = isBytes;
            Skip();
        }
        value = JsonValue.Create(joined.ToString());
        return true;
    }

    bool TryList(out JsonNode? value)
    {
        value = null;
        at++;
        var items = new JsonArray();
        while (!Eat(']'))
        {
            if (!TryValue(out var item))
                return false;
            items.Add(item);
            if (!Eat(',') && !Peek(']'))
                return false;
        }
        value = items;
        return true;
    }

    bool TryParenthesis(out JsonNode? value)
    {
        value = null;
        at++;
        if (Eat(')'))
        {
            value = new JsonArray();
            return true;
        }
        return TryTuple(out value, topLevel: false) && Eat(')');
    }

    bool TryDict(out JsonNode? value)
    {
        value = null;
        at++;
        var map = new JsonObject();
        while (!Eat('}'))
        {
            if (!TryValue(out var key) || key is JsonArray or JsonObject || !Eat(':') || !TryValue(out var item))
                return false;
            map[key is JsonValue v && v.TryGetValue<string>(out var s) ? s : PythonJson.Compact(key)] = item;
            if (!Eat(',') && !Peek('}'))
                return false;
        }
        value = map;
        return true;
    }

    bool TryName(out JsonNode? value)
    {
        value = null;
        var start = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_'))
            at++;
        switch (text[start..at])
        {
            case "True":
                value = JsonValue.Create(true);
                return true;
            case "False":
                value = JsonValue.Create(false);
                return true;
            case "None":
                return true;
            default:
                return false;
        }
    }

    bool Eat(char c)
    {
        Skip();
        if (!Peek(c))
            return false;
        at++;
        return true;
    }

    bool Peek(char c)
    {
        Skip();
        return at < text.Length && text[at] == c;
    }

    bool AtEnd()
    {
        Skip();
        return at == text.Length;
    }

    void Skip()
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\f')
            at++;
        if (at < text.Length && text[at] == '#')
            at = text.Length;
    }
}
